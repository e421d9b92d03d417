namespace NguyenTrai.DigitalLiteracy.Domain.Periods;

public static class PeriodNames
{
    private static readonly string[] RomanQuarters = ["I", "II", "III", "IV"];

    public static string Of(PeriodKind kind, int year, int number) => kind switch
    {
        PeriodKind.Monthly => $"Tháng {number:00}/{year}",
        PeriodKind.Quarterly => $"Quý {RomanQuarters[number - 1]}/{year}",
        PeriodKind.HalfYear => $"6 tháng đầu năm {year}",
        PeriodKind.NineMonths => $"9 tháng đầu năm {year}",
        PeriodKind.Annual => $"Năm {year}",
        _ => $"Kỳ {number}/{year}",
    };
}
