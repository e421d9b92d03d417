using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using NguyenTrai.DigitalLiteracy.Web.Features.Evidence;
using NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Requests;

/// <summary>
/// One place for body limits: sets the endpoint's limit on the server before anything reads the body, refuses
/// an announced length over it at once, and reads a form here (MVC then uses the same parsed form) so that a
/// chunked body that grows too large, a value too long or too many fields end in a logged 413/400 with the
/// Vietnamese page, never in a 500. Runs after authorization: anonymous uploads are never read.
/// </summary>
public sealed partial class RequestBodyLimitsMiddleware(
    RequestDelegate next,
    IOptions<RequestLimitsOptions> limits,
    IOptions<EvidenceOptions> evidence,
    IOptions<ImportLimits> import,
    ILogger<RequestBodyLimitsMiddleware> logger)
{
    private static string TooLargeMessage(long limit) =>
        $"Dữ liệu gửi lên vượt quá dung lượng cho phép ({FileSize.Format(limit)}). Vui lòng chọn tệp nhỏ hơn.";

    private static string BadFormMessage(int maxLength) =>
        $"Biểu mẫu gửi lên không hợp lệ: có trường quá dài (tối đa {maxLength.ToString("N0", ServiceRegistration.Vietnamese)} ký tự) hoặc quá nhiều trường. Vui lòng kiểm tra lại nội dung đã nhập.";

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = LimitFor(context.GetEndpoint()?.Metadata.GetMetadata<BodyLimitAttribute>()?.Limit);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
        {
            server.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge, TooLargeMessage(limit), "announced length over the limit");
            return;
        }

        // A form already set (the empty one of an error-page re-execution) is not read again.
        if (context.Features.Get<IFormFeature>() is not { Form: not null } && context.Request.HasFormContentType && await TryReadFormAsync(context, limit) is false)
        {
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && IsTooLarge(ex))
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge, TooLargeMessage(limit), "body grew over the limit");
        }
    }

    private async Task<bool> TryReadFormAsync(HttpContext context, long limit)
    {
        var options = limits.Value;
        context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions
        {
            MultipartBodyLengthLimit = limit,
            BufferBodyLengthLimit = limit,
            ValueLengthLimit = options.MaxFormValueLength,
            ValueCountLimit = options.MaxFormKeys,
            MultipartHeadersCountLimit = 32,
        }));
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            return true;
        }
        catch (Exception ex) when (IsTooLarge(ex))
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge, TooLargeMessage(limit), ex.Message);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            // The framework's form reader itself refuses NUL and similar characters in url-encoded forms.
            var message = ex.Message.Contains("invalid characters", StringComparison.OrdinalIgnoreCase)
                ? "Biểu mẫu gửi lên chứa ký tự không được phép (ký tự điều khiển như NUL, thường lẫn vào khi sao chép, dán). Vui lòng xóa ký tự đó rồi gửi lại."
                : BadFormMessage(options.MaxFormValueLength);
            Refuse(context, StatusCodes.Status400BadRequest, message, ex.Message);
        }

        return false;
    }

    private long LimitFor(BodyLimit? limit) => limit switch
    {
        BodyLimit.Evidence => evidence.Value.MaxRequestBytes,
        BodyLimit.ExcelImport => import.Value.MaxFileBytes + RequestLimitsOptions.UploadOverheadBytes,
        BodyLimit.Verification => limits.Value.VerificationMaxBytes + RequestLimitsOptions.UploadOverheadBytes,
        _ => limits.Value.MaxBodyBytes,
    };

    private void Refuse(HttpContext context, int status, string message, string reason)
    {
        LogRefused(logger, context.Request.Method, context.Request.Path, status, reason);
        RequestRefusal.Refuse(context, status, message);
    }

    private static bool IsTooLarge(Exception ex) => ex switch
    {
        BadHttpRequestException bad => bad.StatusCode == StatusCodes.Status413PayloadTooLarge,
        InvalidDataException invalid => invalid.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase),
        _ => ex.InnerException is { } inner && IsTooLarge(inner),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Từ chối yêu cầu {Method} {Path}: {Status} ({Reason})")]
    private static partial void LogRefused(ILogger logger, string method, string path, int status, string reason);
}
