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
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && IsTooLarge(ex))
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
    }

    private static bool IsTooLarge(Exception ex) => ex switch
    {
        BadHttpRequestException bad => bad.StatusCode == StatusCodes.Status413PayloadTooLarge,
        InvalidDataException invalid => invalid.Message.Contains("limit", StringComparison.OrdinalIgnoreCase),
        _ => ex.InnerException is { } inner && IsTooLarge(inner),
    };
}
