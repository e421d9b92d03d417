using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>
/// What every entry form posts. There is deliberately no UnitId: the unit comes from the signed-in user,
/// so a forged field has nothing to bind to.
/// </summary>
public abstract class EntryForm
{
    [BindNever]
    public int Id { get; set; }

    [Required, StringLength(FieldLengths.Title), Display(Name = "Tiêu đề")]
    public string? Title { get; set; }

    [Required, Display(Name = "Ngày")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Phong trào, cuộc vận động")]
    public List<int> CampaignIds { get; set; } = [];

    /// <summary>Base64 of the version the user started editing; a different one in the database means someone else saved first.</summary>
    public string? RowVersion { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<CheckboxOption> CampaignOptions { get; set; } = [];

    /// <summary>Create only: an optional photo saved with the entry as evidence (Features/Evidence checks and re-encodes it).</summary>
    [ValidateNever]
    public IFormFile? Photo { get; set; }

    [StringLength(FieldLengths.Title), Display(Name = "Chú thích ảnh")]
    public string? PhotoCaption { get; set; }

    [BindNever, ValidateNever]
    public long MaxPhotoBytes { get; set; }

    protected static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Normalize(text);
}

/// <summary>A form for one entry type: copies its fields to and from the entity.</summary>
public abstract class EntryForm<TEntry> : EntryForm where TEntry : Entry
{
    public void CopyTo(TEntry entry)
    {
        entry.Title = Clean(Title) ?? "";
        entry.Date = Date ?? default;
        CopyFieldsTo(entry);
    }

    public void CopyFrom(TEntry entry)
    {
        Id = entry.Id;
        Title = entry.Title;
        Date = entry.Date;
        CampaignIds = [.. entry.Campaigns.Select(c => c.Id)];
        RowVersion = Convert.ToBase64String(entry.RowVersion);
        CopyFieldsFrom(entry);
    }

    protected abstract void CopyFieldsTo(TEntry entry);

    protected abstract void CopyFieldsFrom(TEntry entry);
}

/// <summary>One checkbox of a group (campaigns, platforms, target groups).</summary>
public sealed record CheckboxOption(string Value, string Text, bool Checked);

/// <summary>
/// A labelled group of checkboxes posting <see cref="Name"/> once per ticked box; rendered by _CheckboxGroup.
/// <see cref="Required"/> marks the legend like a required field (at least one box, checked by the entity's rules).
/// </summary>
public sealed record CheckboxGroup(string Name, string Legend, IReadOnlyList<CheckboxOption> Options, bool Required = false)
{
    /// <summary>The boxes of a [Flags] enum, ticked where <paramref name="value"/> has the flag.</summary>
    public static CheckboxGroup ForFlags<T>(string name, string legend, T value, bool required = false) where T : struct, Enum =>
        new(name, legend, [.. Enum.GetValues<T>().Where(f => Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0)
            .Select(f => new CheckboxOption(f.ToString(), f.Text(), value.HasFlag(f)))], required);
}

public static class FlagsExtensions
{
    public static T Combine<T>(this IEnumerable<T>? flags) where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), (flags ?? []).Aggregate(0L, (all, f) => all | Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture)));

    public static List<T> Split<T>(this T value) where T : struct, Enum =>
        [.. Enum.GetValues<T>().Where(f => Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(f))];
}
