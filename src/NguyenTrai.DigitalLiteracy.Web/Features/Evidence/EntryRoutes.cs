using System.Globalization;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

/// <summary>The details page of an entry, by type (the entries feature owns these routes).</summary>
public static class EntryRoutes
{
    public static string Details(EntryType type, int id) => type switch
    {
        EntryType.Propaganda => "/hoat-dong/tuyen-truyen/",
        EntryType.Training => "/hoat-dong/lop-hoc/",
        EntryType.Initiative => "/hoat-dong/sang-kien/",
        _ => "/hoat-dong/long-ghep/",
    } + id.ToString(CultureInfo.InvariantCulture);
}
