using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Web.Features.Evidence;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Requests;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>Unit staff import training sessions or propaganda activities from the .xlsx template: upload, preview, confirm.</summary>
[Authorize(Policy = Policies.UnitStaff)]
[Route("nhap-excel")]
public sealed class ExcelImportController(AppDbContext db, ExcelImporter importer, ImportDrafts drafts, CurrentUser me, WardClock clock, IOptions<ImportLimits> limits) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new ImportPageModel());

    [HttpGet("mau/{slug}")]
    public async Task<IActionResult> Template(string slug, CancellationToken cancellationToken)
    {
        if (ImportKind.FromSlug(slug) is not { } kind)
        {
            return NotFound();
        }

        var campaigns = await db.Campaigns.Where(c => c.IsActive).OrderBy(c => c.SortOrder).Select(c => c.Name).ToListAsync(cancellationToken);
        return File(ImportTemplate.Build(kind, clock.Today, campaigns), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind.FileName);
    }

    [HttpPost("")]
    [BodyLimit(BodyLimit.ExcelImport)]
    public async Task<IActionResult> Upload(string? kind, IFormFile? file, CancellationToken cancellationToken)
    {
        var importKind = ImportKind.FromSlug(kind) ?? ImportKind.Training;
        var page = new ImportPageModel { Kind = importKind.Slug, Result = new ImportResult(importKind) };
        if (file is null || file.Length == 0)
        {
            page.Result.FileError = "Vui lòng chọn tệp Excel (.xlsx) đã điền số liệu.";
            return View("Index", page);
        }

        if (file.Length > limits.Value.MaxFileBytes)
        {
            page.Result.FileError = $"Tệp có dung lượng {FileSize.Format(file.Length)}, vượt quá mức cho phép {FileSize.Format(limits.Value.MaxFileBytes)}.";
            return View("Index", page);
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        page.Result = await importer.ParseAsync(importKind, bytes, me.UnitId!.Value, cancellationToken);
        if (page.Result.IsValid)
        {
            page.Token = await drafts.KeepAsync(me.Id, importKind, page.Result.Rows, cancellationToken);
        }

        return View("Index", page);
    }

    [HttpPost("xac-nhan")]
    public async Task<IActionResult> Confirm(string? kind, string? token, CancellationToken cancellationToken)
    {
        var importKind = ImportKind.FromSlug(kind);
        var draft = importKind is null ? null : await drafts.FindAsync(me.Id, importKind, token, cancellationToken);
        if (draft is null)
        {
            TempData.Error("Phiên nhập dữ liệu đã hết hạn hoặc đã được lưu. Vui lòng tải tệp lên lại.");
            return RedirectToAction(nameof(Index));
        }

        // The kept preview, checked again: the period may have been locked since. The file is not read again.
        var (file, rows) = draft.Value;
        var result = await importer.RecheckAsync(importKind!, rows, me.UnitId!.Value, cancellationToken);
        if (!result.IsValid)
        {
            return View("Index", new ImportPageModel { Kind = importKind!.Slug, Result = result });
        }

        foreach (var row in result.Rows)
        {
            row.Entry.UnitId = me.UnitId.Value;
            row.Entry.CreatedAtUtc = clock.UtcNow;
            row.Entry.CreatedById = me.Id;
            db.Entries.Add(row.Entry);
        }

        // One SaveChanges is one transaction: every row and the draft's removal, or nothing.
        db.StoredFiles.Remove(file);
        await db.SaveChangesAsync(cancellationToken);
        TempData.Success($"Đã nhập {result.Rows.Count:N0} {importKind!.Name.ToLowerInvariant()} từ tệp Excel.");
        return RedirectToAction(nameof(Index));
    }
}
