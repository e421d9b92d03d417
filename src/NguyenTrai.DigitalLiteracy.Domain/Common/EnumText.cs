using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace NguyenTrai.DigitalLiteracy.Domain.Common;

/// <summary>Vietnamese label of an enum value, from its [Display(Name)] (the same attribute MVC select lists read).</summary>
public static class EnumText
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string Text(this Enum value) => Cache.GetOrAdd(value, static v =>
    {
        var member = v.GetType().GetField(v.ToString());
        return member?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? v.ToString();
    });

    /// <summary>Labels of every flag set in a [Flags] value, in declaration order.</summary>
    public static IReadOnlyList<string> FlagTexts<T>(this T value) where T : struct, Enum =>
        [.. Enum.GetValues<T>().Where(f => Convert.ToInt64(f) != 0 && value.HasFlag(f)).Select(f => f.Text())];
}
