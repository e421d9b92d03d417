using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Locality;

/// <summary>
/// The web app manifest: a unit officer adds the portal to the phone's home screen and opens it full-screen like an
/// app, under the portal name of this commune's profile, with the portal's icon and colour.
/// </summary>
[AllowAnonymous]
public sealed class AppManifestController(PortalIdentity portal) : Controller
{
    /// <summary>The portal's colour (site.css --portal-primary): the phone's status bar while it is open.</summary>
    public const string ThemeColor = "#9b1c1c";

    [HttpGet("/manifest.webmanifest")]
    public async Task<IActionResult> Manifest()
    {
        var names = await portal.GetAsync();
        var manifest = new Dictionary<string, object>
        {
            ["name"] = names.PortalTitle,
            ["short_name"] = "Học vụ số",
            ["lang"] = "vi",
            ["dir"] = "ltr",
            ["start_url"] = "/",
            ["scope"] = "/",
            ["display"] = "standalone",
            ["background_color"] = "#ffffff",
            ["theme_color"] = ThemeColor,
            ["icons"] = new[]
            {
                new Dictionary<string, string> { ["src"] = "/icon-192.png", ["sizes"] = "192x192", ["type"] = "image/png" },
                new Dictionary<string, string> { ["src"] = "/icon-512.png", ["sizes"] = "512x512", ["type"] = "image/png" },
            },
        };
        Response.Headers.CacheControl = "public, max-age=3600";
        return new JsonResult(manifest) { ContentType = "application/manifest+json; charset=utf-8" };
    }
}
