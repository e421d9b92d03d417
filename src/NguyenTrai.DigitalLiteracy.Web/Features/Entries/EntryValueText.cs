using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>How a field value is written for people (pages, Excel, audit trail): Vietnamese dates, numbers and enum names.</summary>
public static class EntryValueText
{
    /// <summary>A count nobody recorded (e.g. adults of a session entered before the field existed): never shown as 0.</summary>
    public const string Unknown = "chưa rõ";

    public static string Format(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("dd/MM/yyyy", ServiceRegistration.Vietnamese),
        DateTime t => WardClock.ToLocal(t).ToString("dd/MM/yyyy HH:mm", ServiceRegistration.Vietnamese),
        int i => i.ToString("N0", ServiceRegistration.Vietnamese),
        decimal m => m.ToString("0.##", ServiceRegistration.Vietnamese),
        bool b => b ? "Có" : "Không",
        Enum e when e.GetType().IsDefined(typeof(FlagsAttribute), false) => string.Join(", ", FlagTexts(e)),
        Enum e => e.Text(),
        _ => value.ToString() ?? "",
    };

    private static IEnumerable<string> FlagTexts(Enum value) =>
        Enum.GetValues(value.GetType()).Cast<Enum>().Where(f => Convert.ToInt64(f, ServiceRegistration.Vietnamese) != 0 && value.HasFlag(f)).Select(f => f.Text());
}
