using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>A spreadsheet column: a row property with its Vietnamese header and validation attributes.</summary>
public sealed record ImportColumn(PropertyInfo Property, string Header, string? Description, bool IsRequired)
{
    public Type ValueType => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;

    public static IReadOnlyList<ImportColumn> Of(Type rowType) =>
        [.. rowType.GetProperties()
            .Select(p => (Property: p, Display: p.GetCustomAttribute<DisplayAttribute>()))
            .Where(x => x.Display is not null)
            .Select(x => new ImportColumn(x.Property, x.Display!.GetName()!, x.Display.GetDescription(), x.Property.IsDefined(typeof(RequiredAttribute))))];
}
