using System.ComponentModel.DataAnnotations;
using System.Reflection;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Mvc;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>
/// A spreadsheet column: a row property (its cell type and the template's example value) checked with the rules of
/// the web form's property of the same name: the form's label is the header, its validation attributes are the
/// column's rules, its [Required] makes the column required. One source, so the form and the template cannot
/// disagree on what is required or what a message says. Row-only columns ("Phong trào") keep their own attributes.
/// </summary>
public sealed record ImportColumn(PropertyInfo Property, string Header, string? Description, bool IsRequired, IReadOnlyList<ValidationAttribute> Rules)
{
    public Type ValueType => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;

    public static IReadOnlyList<ImportColumn> Of(ImportKind kind) =>
        [.. kind.RowType.GetProperties()
            .Select(p => (Row: p, Display: p.GetCustomAttribute<DisplayAttribute>(), Form: kind.FormType.GetProperty(p.Name)))
            .Where(x => x.Display is not null || x.Form?.GetCustomAttribute<DisplayAttribute>() is not null)
            .Select(x =>
            {
                var source = x.Form?.GetCustomAttribute<DisplayAttribute>() is not null ? x.Form : x.Row;
                // Fresh instances from reflection: giving them the form's Vietnamese messages touches nothing shared.
                var rules = source.GetCustomAttributes<ValidationAttribute>().ToList();
                rules.ForEach(r => r.ErrorMessage ??= VietnameseValidationMessages.Template(r, source.PropertyType));
                var header = source.GetCustomAttribute<DisplayAttribute>()!.GetName()!;
                return new ImportColumn(x.Row, header, x.Display?.GetDescription(), rules.OfType<RequiredAttribute>().Any(), rules);
            })];
}
