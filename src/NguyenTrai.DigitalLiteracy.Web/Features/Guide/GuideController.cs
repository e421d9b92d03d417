using Microsoft.AspNetCore.Mvc;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Guide;

/// <summary>The user guide for every signed-in role (menu "Hướng dẫn").</summary>
[Route("huong-dan")]
public sealed class GuideController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(model: UserGuide.Html);

    [HttpGet("anh/{**path}")]
    public IActionResult Picture(string path) =>
        UserGuide.Picture(path) is { } stream
            ? File(stream, path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : "image/jpeg")
            : NotFound();
}
