using NguyenTrai.DigitalLiteracy.Domain.Common;

namespace NguyenTrai.DigitalLiteracy.Domain.Units;

/// <summary>An agency, organisation or residential group that reports to the ward.</summary>
public class Unit : IConcurrencyVersioned
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; }
    public DateOnly ActiveFrom { get; set; }
    public DateOnly? ActiveTo { get; set; }
    public string? Address { get; set; }
    public string? ContactPhone { get; set; }

    /// <summary>
    /// False for the office that consolidates the others' reports (Phòng Văn hóa - Xã hội): it does not report to
    /// itself, so it is never expected, counted in compliance or listed in Biểu 3.
    /// </summary>
    public bool SubmitsReports { get; set; } = true;

    /// <summary>The unit's short symbol for its documents ("HPN" gives "Số: …/BC-HPN").</summary>
    public string DocumentSymbol { get; set; } = "";

    /// <summary>Who signs the unit's reports, and as what ("Chủ tịch Hội", "Trưởng thôn").</summary>
    public string? HeadName { get; set; }

    public string? HeadPosition { get; set; }

    public byte[] RowVersion { get; set; } = [];

    public bool IsClosed => ActiveTo is not null;

    public bool IsActiveOn(DateOnly day) => ActiveFrom <= day && (ActiveTo is null || ActiveTo.Value >= day);

    public void Close(DateOnly lastDay)
    {
        if (lastDay < ActiveFrom)
        {
            throw new DomainRuleException("Ngày ngừng hoạt động không được trước ngày bắt đầu hoạt động.");
        }

        ActiveTo = lastDay;
    }

    public void Reopen() => ActiveTo = null;

    /// <summary>"BC-HPN"; the unit's code when no symbol was set.</summary>
    public string ReportSymbol => "BC-" + (string.IsNullOrWhiteSpace(DocumentSymbol) ? Code : DocumentSymbol).Trim().ToUpperInvariant();
}
