using MiniExcelLibs;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>The filtered list as an .xlsx sheet with Vietnamese headers, one row per entry, in list order.</summary>
public static class EntryExcel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write<TEntry>(IEnumerable<TEntry> entries, IReadOnlyList<EntryColumn<TEntry>> columns) where TEntry : Entry
    {
        var rows = entries.Select(e =>
        {
            var row = new Dictionary<string, object?>
            {
                ["Mã"] = e.Id,
                ["Đơn vị"] = e.Unit?.Name,
                ["Tiêu đề"] = e.Title,
                ["Ngày"] = EntryValueText.Format(e.Date),
            };
            foreach (var column in columns)
            {
                // Numbers stay numbers so the sheet can be summed; everything else as users read it.
                row[column.Header] = column.Value(e) is int or decimal ? column.Value(e) : column.Text(e);
            }

            row["Phong trào"] = string.Join("; ", e.Campaigns.OrderBy(c => c.SortOrder).Select(c => c.Name));
            return row;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "Danh sách");
        return stream.ToArray();
    }
}
