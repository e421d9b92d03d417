namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Requests;

/// <summary>
/// Why a request was refused, carried to the Vietnamese error page (the same HttpContext is re-executed), so
/// the page can say what to fix instead of only "400".
/// </summary>
public static class RequestRefusal
{
    private const string Key = "NguyenTrai.RefusalMessage";

    public static void SetMessage(HttpContext context, string message) => context.Items[Key] = message;

    public static string? MessageOf(HttpContext context) => context.Items.TryGetValue(Key, out var value) ? value as string : null;

    /// <summary>
    /// Answers with the status alone (the status-code page adds the Vietnamese page) and forgets the body, so
    /// nothing later tries to read an oversize or broken upload again.
    /// </summary>
    public static void Refuse(HttpContext context, int statusCode, string message)
    {
        SetMessage(context, message);
        context.Response.Clear();
        context.Response.StatusCode = statusCode;
        ForgetBody(context);
    }

    public static void ForgetBody(HttpContext context)
    {
        context.Request.ContentType = null;
        context.Request.ContentLength = 0;
        context.Request.Headers.TransferEncoding = default;
        context.Request.Body = Stream.Null;
        context.Features.Set<Microsoft.AspNetCore.Http.Features.IFormFeature>(new Microsoft.AspNetCore.Http.Features.FormFeature(FormCollection.Empty));
    }
}
