using Microsoft.AspNetCore.Diagnostics;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Requests;

/// <summary>
/// The status-code and exception pages re-run the pipeline with the original request. For a POST that would
/// run the error page as a POST with the refused body (a chunked upload over the limit was read a second time
/// and ended in a 500). Placed right after those middlewares, this turns every re-execution into a bodiless GET.
/// </summary>
public sealed class ErrorReExecution(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            context.Request.Method = HttpMethods.Get;
            RequestRefusal.ForgetBody(context);
        }

        return next(context);
    }
}
