using Microsoft.AspNetCore.Mvc.Rendering;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>Names of one entry type on pages and files: "Hoạt động tuyên truyền", "/hoat-dong/tuyen-truyen"...</summary>
public sealed record EntryTypeInfo(string Heading, string Singular, string BasePath, string FileName, string Icon);

/// <summary>The one filter that differs by type (channel, format, status, target), shown as a select.</summary>
public sealed record EntryTypeFilter(string Name, string Label, IReadOnlyList<SelectListItem> Options)
{
    public static EntryTypeFilter Of<T>(string name, string label, T? selected) where T : struct, Enum =>
        new(name, label, [.. Enum.GetValues<T>().Select(v => new SelectListItem(EntryValueText.Format(v), v.ToString(), Equals(v, selected)))]);
}
