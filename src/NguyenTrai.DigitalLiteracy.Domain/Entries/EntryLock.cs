using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.Domain.Entries;

/// <summary>
/// Whether a unit may still record or change an entry dated on a given day. An entry counts in every period
/// whose window contains its date (month, quarter, half-year, year, thematic); it is frozen when any of them
/// is closed, or when the unit's report for any of them is submitted or approved.
/// </summary>
public static class EntryLock
{
    /// <returns>Null when changes are allowed, otherwise the Vietnamese reason to show.</returns>
    public static string? Reason(DateOnly date, IEnumerable<ReportingPeriod> periods, IEnumerable<UnitReport> unitReports)
    {
        var containing = periods.Where(p => p.Contains(date)).ToList();
        if (containing.Count == 0)
        {
            return $"Ngày {date:dd/MM/yyyy} không thuộc kỳ báo cáo nào. Vui lòng kiểm tra lại ngày hoặc liên hệ Phòng Văn hóa - Xã hội.";
        }

        if (containing.FirstOrDefault(p => p.IsClosed) is { } closed)
        {
            return $"Kỳ báo cáo \"{closed.Name}\" đã khóa sổ, không thể thêm hoặc sửa số liệu có ngày {date:dd/MM/yyyy}.";
        }

        var ids = containing.Select(p => p.Id).ToHashSet();
        if (unitReports.FirstOrDefault(r => ids.Contains(r.ReportingPeriodId) && r.FreezesEntries) is { } frozen)
        {
            var period = containing.First(p => p.Id == frozen.ReportingPeriodId);
            var state = frozen.Status == UnitReportStatus.Approved ? "đã được phê duyệt" : "đã gửi";
            return $"Báo cáo kỳ \"{period.Name}\" của đơn vị {state}, số liệu trong kỳ không thể thay đổi. Nếu cần sửa, đề nghị Phòng Văn hóa - Xã hội trả lại báo cáo.";
        }

        return null;
    }
}
