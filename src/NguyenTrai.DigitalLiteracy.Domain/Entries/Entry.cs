using NguyenTrai.DigitalLiteracy.Domain.Campaigns;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Evidence;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Domain.Entries;

/// <summary>
/// What a unit records: the common part of the four entry types. An entry belongs to the periods whose
/// windows contain its <see cref="Date"/>; <see cref="ReportingMonth"/> caches the Decree 09 month for trends.
/// </summary>
public abstract class Entry : IConcurrencyVersioned, IUnitOwned
{
    private DateOnly date;

    public int Id { get; set; }
    public abstract EntryType Type { get; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string Title { get; set; } = "";

    public DateOnly Date
    {
        get => date;
        set
        {
            date = value;
            // An implausible date (31/12/9999) would overflow the calendar; Validate() refuses it instead.
            ReportingMonth = EntryLimits.IsPlausibleDate(value) ? Decree09Calendar.ReportingMonthOf(value) : 0;
        }
    }

    /// <summary>yyyyMM of the Decree 09 reporting month containing <see cref="Date"/>.</summary>
    public int ReportingMonth { get; private set; }

    public ICollection<Campaign> Campaigns { get; set; } = [];
    public ICollection<Attachment> Attachments { get; set; } = [];
    public DateTime CreatedAtUtc { get; set; }
    public string CreatedById { get; set; } = "";
    public DateTime? UpdatedAtUtc { get; set; }
    public string? UpdatedById { get; set; }
    public bool IsDeleted { get; set; }
    public DateTime? DeletedAtUtc { get; set; }
    public string? DeletedById { get; set; }
    public byte[] RowVersion { get; set; } = [];

    /// <summary>Checks across fields that attributes cannot express; returns (property, Vietnamese message) pairs.</summary>
    public IEnumerable<(string Property, string Message)> Validate()
    {
        if (!EntryLimits.IsPlausibleDate(Date))
        {
            yield return (nameof(Date), EntryLimits.DateMessage("Ngày"));
        }

        foreach (var error in ValidateFields())
        {
            yield return error;
        }
    }

    /// <summary>The counts the office watches for outliers (<see cref="EntryOutliers"/>); none by default.</summary>
    public virtual IEnumerable<EntryMeasure> Measures() => [];

    /// <summary>The type's own rules, including the <see cref="EntryLimits"/> of its counts.</summary>
    protected virtual IEnumerable<(string Property, string Message)> ValidateFields() => [];

    /// <summary>"Số lượng không được vượt quá 10.000 ..." when <paramref name="value"/> is outside 0..max.</summary>
    protected static string? OutOfLimit(long? value, long max, string field, string hint) =>
        value is null || (value >= 0 && value <= max) ? null
        : value < 0 ? $"{field} không được là số âm."
        : $"{field} không được vượt quá {max.ToString("N0", VietnameseText.Culture)}{hint}.";

    public void SoftDelete(string userId, DateTime nowUtc)
    {
        IsDeleted = true;
        DeletedAtUtc = nowUtc;
        DeletedById = userId;
    }
}
