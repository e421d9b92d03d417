using Microsoft.AspNetCore.Mvc.Rendering;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>Names of one entry type on pages and files: "Hoạt động tuyên truyền", "/hoat-dong/tuyen-truyen"...</summary>
public sealed record EntryTypeInfo(string Heading, string Singular, string BasePath, string FileName, string Icon);

/// <summary>A filter that differs by type (channel, format, status, target, platform…), shown as a select.</summary>
public sealed record EntryTypeFilter(string Name, string Label, IReadOnlyList<SelectListItem> Options)
{
    /// <summary>Every value of the enum but a flags enum's "None" (0).</summary>
    public static EntryTypeFilter Of<T>(string name, string label, T? selected) where T : struct, Enum =>
        new(name, label, [.. Enum.GetValues<T>().Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0)
            .Select(v => new SelectListItem(EntryValueText.Format(v), v.ToString(), Equals(v, selected)))]);
}
