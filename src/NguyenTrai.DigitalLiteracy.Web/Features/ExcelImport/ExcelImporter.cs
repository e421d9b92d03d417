using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Campaigns;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Mvc;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>
/// Validates every row with the web form's rules, all in one pass: the form's validation attributes per cell
/// (<see cref="ImportColumn"/>, Vietnamese messages from <see cref="VietnameseValidationMessages"/>), the entry's own
/// Validate() (cross-field rules such as women not above the total, reported beside missing cells, one message per
/// cell), and the period lock for the unit. The template's example row is skipped (<see cref="ImportWorkbook"/>).
/// The workbook is read once, on upload; confirm re-checks the kept row values, never the file.
/// </summary>
public sealed class ExcelImporter(AppDbContext db, EntryChangeGuard guard, IOptions<ImportLimits> limits)
{
    public async Task<ImportResult> ParseAsync(ImportKind kind, byte[] bytes, int unitId, CancellationToken cancellationToken)
    {
        var result = new ImportResult(kind);
        result.FileError = ImportWorkbook.TryRead(bytes, kind, limits.Value, out var sheet, result.SkippedExampleRows);
        if (result.FileError is not null)
        {
            return result;
        }

        var rows = new List<(int Row, IImportRow Values, List<ImportError> Errors)>();
        foreach (var (number, cells) in sheet)
        {
            var errors = new List<ImportError>();
            var values = (IImportRow)Activator.CreateInstance(kind.RowType)!;
            foreach (var column in result.Columns)
            {
                var problem = CellValue.TryConvert(cells.GetValueOrDefault(column.Header), column.ValueType, out var value);
                column.Property.SetValue(values, value);
                if (problem is not null)
                {
                    errors.Add(new ImportError(number, column.Header, $"{column.Header} {problem}."));
                }
            }

            rows.Add((number, values, errors));
        }

        return await CheckAsync(result, rows, unitId, cancellationToken);
    }

    /// <summary>The kept preview at confirm: the same checks again (the period may have been locked since), no file.</summary>
    public Task<ImportResult> RecheckAsync(ImportKind kind, IReadOnlyList<(int Row, IImportRow Values)> rows, int unitId, CancellationToken cancellationToken) =>
        CheckAsync(new ImportResult(kind), [.. rows.Select(r => (r.Row, r.Values, new List<ImportError>()))], unitId, cancellationToken);

    private async Task<ImportResult> CheckAsync(ImportResult result, List<(int Row, IImportRow Values, List<ImportError> Errors)> rows, int unitId, CancellationToken cancellationToken)
    {
        var campaigns = await db.Campaigns.Where(c => c.IsActive).ToListAsync(cancellationToken);
        var locks = new Dictionary<DateOnly, string?>();
        var dateColumn = result.Columns.First(c => c.Property.Name == "Date");
        foreach (var (number, values, errors) in rows)
        {
            foreach (var column in result.Columns.Where(c => !errors.Exists(e => e.Column == c.Header)))
            {
                Validate(values, column, number, errors);
            }

            var entry = values.ToEntry();
            foreach (var (property, message) in entry.Validate())
            {
                // A cell already refused (empty, not a number, over its limit) keeps that one message, as on the form.
                var header = HeaderOf(result, property);
                if (!errors.Exists(e => e.Column == header))
                {
                    errors.Add(new ImportError(number, header, message));
                }
            }

            if (dateColumn.Property.GetValue(values) is DateOnly date && errors.TrueForAll(e => e.Column != dateColumn.Header))
            {
                if (!locks.TryGetValue(date, out var reason))
                {
                    locks[date] = reason = await guard.WhyLockedAsync(unitId, date, cancellationToken);
                }

                if (reason is not null)
                {
                    errors.Add(new ImportError(number, dateColumn.Header, reason));
                }
            }

            AddCampaigns(values.Campaigns, HeaderOf(result, nameof(IImportRow.Campaigns)), entry, campaigns, number, errors);
            result.Errors.AddRange(errors);
            result.Rows.Add(new ImportedRow(number, values, entry));
        }

        return result;
    }

    private static void Validate(IImportRow values, ImportColumn column, int number, List<ImportError> errors)
    {
        var value = column.Property.GetValue(values);
        var context = new ValidationContext(values) { DisplayName = column.Header, MemberName = column.Property.Name };
        foreach (var attribute in column.Rules)
        {
            if (attribute.GetValidationResult(value, context) is { ErrorMessage: { } message })
            {
                errors.Add(new ImportError(number, column.Header, message));
                return; // one message per cell, as the form shows one per field
            }
        }
    }

    private static void AddCampaigns(string? names, string header, Domain.Entries.Entry entry, List<Campaign> campaigns, int number, List<ImportError> errors)
    {
        foreach (var name in (names ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var campaign = campaigns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Code, name, StringComparison.OrdinalIgnoreCase));
            if (campaign is null)
            {
                errors.Add(new ImportError(number, header, $"Không có phong trào \"{name}\" (xem trang \"Hướng dẫn\")."));
            }
            else if (!entry.Campaigns.Contains(campaign))
            {
                entry.Campaigns.Add(campaign);
            }
        }
    }

    private static string HeaderOf(ImportResult result, string property) =>
        result.Columns.FirstOrDefault(c => c.Property.Name == property)?.Header ?? property;
}
