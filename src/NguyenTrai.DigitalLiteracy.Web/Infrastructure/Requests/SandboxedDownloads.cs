namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Requests;

/// <summary>
/// Uploaded files are served under <c>Content-Security-Policy: sandbox</c>: even a file a browser mistook for a
/// page could run no script, submit no form and read no cookie. The site-wide policy is written when the
/// response starts, so this runs outermost (its callback runs last) and replaces it for marked responses.
/// </summary>
public static class SandboxedDownloads
{
    public const string Policy = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

    private const string Key = "NguyenTrai.SandboxedDownload";

    /// <summary>Called by an action that serves an uploaded file.</summary>
    public static void MarkSandboxed(this HttpResponse response) => response.HttpContext.Items[Key] = true;

    /// <summary>First in the pipeline, before the security headers.</summary>
    public static void UseSandboxedDownloads(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            if (context.Items.ContainsKey(Key))
            {
                context.Response.Headers.ContentSecurityPolicy = Policy;
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
