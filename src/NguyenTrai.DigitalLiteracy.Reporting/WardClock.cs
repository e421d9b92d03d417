namespace NguyenTrai.DigitalLiteracy.Reporting;

/// <summary>The ward's local time (Asia/Ho_Chi_Minh, UTC+7) from the injected TimeProvider, so tests control "today".</summary>
public sealed class WardClock(TimeProvider time)
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateTime LocalNow => TimeZoneInfo.ConvertTimeFromUtc(UtcNow, Zone);

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    public static DateOnly LocalDateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            // Containers without tzdata: Vietnam has had no daylight saving since 1975.
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "Giờ Việt Nam", "Giờ Việt Nam");
        }
    }
}
