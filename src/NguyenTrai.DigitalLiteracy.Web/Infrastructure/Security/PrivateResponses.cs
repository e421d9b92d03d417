using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Net.Http.Headers;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Security;

/// <summary>
/// Whatever a signed-in user is shown or downloads (pages, PDF and xlsx reports, evidence files) is theirs only:
/// no browser, proxy or shared-computer cache may keep a copy. Static assets keep their own caching.
/// </summary>
public static class PrivateResponses
{
    public const string NoStore = "no-store";

    public static void UseNoStoreForSignedInUsers(this WebApplication app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                var headers = context.Response.Headers;
                var fromController = context.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>() is not null;
                if (headers.CacheControl.Count == 0 || (fromController && !headers.CacheControl.ToString().Contains(NoStore, StringComparison.Ordinal)))
                {
                    headers.CacheControl = NoStore;
                }
            }

            return Task.CompletedTask;
        });
        await next(context);
    });
}
