namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>
/// One field of an entry type as users read it: its Vietnamese header and its value. The same list feeds the
/// details page, the Excel export and (when <see cref="InList"/>) the list table, so the three never disagree.
/// </summary>
public sealed record EntryColumn<TEntry>(string Header, Func<TEntry, object?> Value, bool InList = false)
{
    public string Text(TEntry entry) => EntryValueText.Format(Value(entry));
}

/// <summary>A total of the filtered rows shown above the list, e.g. "Lượt người tham gia: 1.234".</summary>
public sealed record EntryTotal(string Label, decimal Value)
{
    public string Text => Value.ToString(Value == decimal.Truncate(Value) ? "N0" : "N1", Infrastructure.ServiceRegistration.Vietnamese);
}
