using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Errors;

/// <summary>Vietnamese pages for 403, 404, 429 and 500, re-executed by the status-code and exception middleware.</summary>
[AllowAnonymous]
[Route("loi")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    // [FromRoute]: a re-executed POST keeps its form, and a form field named "Code" (a unit's code) would win.
    [Route("{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Show([FromRoute] int code)
    {
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View("Error", ErrorModel.For(Response.StatusCode));
    }
}
