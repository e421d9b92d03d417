using Microsoft.Extensions.Options;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

/// <summary>
/// An upload above the configured size gets the Vietnamese 413 page instead of a 500: refused up front when
/// the browser announces its length, or when Kestrel or the form reader stops reading a body that grew too large.
/// </summary>
public sealed class RequestTooLargeMiddleware(RequestDelegate next, IOptions<EvidenceOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > options.Value.MaxRequestBytes)
        {
            Refuse(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && IsTooLarge(ex))
        {
            context.Response.Clear();
            Refuse(context);
        }
    }

    /// <summary>
    /// The status-code page re-runs the pipeline with this request; without a form body it will not try to
    /// read the oversize upload again.
    /// </summary>
    private static void Refuse(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Request.ContentType = null;
        context.Request.ContentLength = 0;
        context.Request.Body = Stream.Null;
    }

    private static bool IsTooLarge(Exception ex) => ex switch
    {
        BadHttpRequestException bad => bad.StatusCode == StatusCodes.Status413PayloadTooLarge,
        InvalidDataException invalid => invalid.Message.Contains("limit", StringComparison.OrdinalIgnoreCase),
        _ => ex.InnerException is { } inner && IsTooLarge(inner),
    };
}
