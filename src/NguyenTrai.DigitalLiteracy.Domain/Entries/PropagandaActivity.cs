namespace NguyenTrai.DigitalLiteracy.Domain.Entries;

/// <summary>A broadcast, post, banner or talk promoting the movements.</summary>
public class PropagandaActivity : Entry
{
    public override EntryType Type => EntryType.Propaganda;
    public DateOnly? EndDate { get; set; }
    public PropagandaChannel Channel { get; set; }
    public DeliveryMode Mode { get; set; }

    /// <summary>Number of broadcasts, posts or banners.</summary>
    public int Quantity { get; set; } = 1;

    public string? Place { get; set; }
    public int? EstimatedReach { get; set; }
    public string? ContentSummary { get; set; }

    public override IEnumerable<EntryMeasure> Measures() =>
    [
        new("Số lượng", Quantity, EntryLimits.UsualPropagandaQuantity),
        new("Số người tiếp cận", EstimatedReach ?? 0, EntryLimits.UsualReach),
    ];

    protected override IEnumerable<(string Property, string Message)> ValidateFields()
    {
        if (EndDate is { } last && !EntryLimits.IsPlausibleDate(last))
        {
            yield return (nameof(EndDate), EntryLimits.DateMessage("Ngày kết thúc"));
        }

        if (EndDate is { } end && end < Date)
        {
            yield return (nameof(EndDate), "Ngày kết thúc không được trước ngày bắt đầu.");
        }

        if (Quantity < 1)
        {
            yield return (nameof(Quantity), "Số lượng phải từ 1 trở lên.");
        }
        else if (OutOfLimit(Quantity, EntryLimits.PropagandaQuantity, "Số lượng", " lượt phát, bài đăng hoặc băng rôn cho một hoạt động") is { } quantity)
        {
            yield return (nameof(Quantity), quantity);
        }

        if (OutOfLimit(EstimatedReach, EntryLimits.Reach, "Số người tiếp cận", " người cho một hoạt động") is { } reach)
        {
            yield return (nameof(EstimatedReach), reach);
        }
    }
}
