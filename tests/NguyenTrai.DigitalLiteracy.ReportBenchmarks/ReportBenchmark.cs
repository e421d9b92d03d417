using System.Diagnostics;
using System.Globalization;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Reporting;
using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Narrative;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.ReportBenchmarks;

/// <summary>
/// The year report of a ward with 20,000 entries, with the appendix listing every training session, built the way
/// the portal builds it (figures query, composer, layout module) and, side by side, raw PDFsharp drawing the same
/// words at precomputed positions. Usage: dotnet run -c Release --project tests/NguyenTrai.DigitalLiteracy.ReportBenchmarks [runs]
/// </summary>
internal static class ReportBenchmark
{
    private static async Task Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7;
        var path = Path.Combine(Path.GetTempPath(), "nguyentrai-bench", "year-20000.db");
        var generate = Stopwatch.StartNew();
        await YearDatabase.EnsureAsync(path);
        Console.WriteLine($"Database {path} ready in {generate.ElapsedMilliseconds} ms");

        var (pdf, _) = await BuildAsync(path); // warm-up: JIT, font loading, SQLite caches
        var baseline = RawPdfSharpBaseline.From(pdf);
        baseline.Draw();

        var results = new List<(double Query, double Render, double Total, int Pages, double Raw)>();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < runs; i++)
        {
            var total = Stopwatch.StartNew();
            var (bytes, queryMs) = await BuildAsync(path);
            total.Stop();
            var raw = Stopwatch.StartNew();
            baseline.Draw();
            raw.Stop();
            results.Add((queryMs, total.Elapsed.TotalMilliseconds - queryMs, total.Elapsed.TotalMilliseconds, PageCount(bytes), raw.Elapsed.TotalMilliseconds));
        }

        var allocatedPerRun = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / runs / 1024.0 / 1024.0;
        var median = results.OrderBy(r => r.Total).ElementAt(runs / 2);
        var pages = median.Pages;
        Console.WriteLine($"Runs: {runs}; pages: {pages}; PDF size: {pdf.Length / 1024} KB");
        Console.WriteLine($"Median total (query + compose + layout + write): {median.Total:F0} ms -> {pages / median.Total * 1000:F0} pages/s");
        Console.WriteLine($"  of which figures query: {median.Query:F0} ms; compose + render: {median.Render:F0} ms -> {pages / median.Render * 1000:F0} pages/s");
        Console.WriteLine($"Raw PDFsharp, same words at precomputed positions: {median.Raw:F0} ms -> {baseline.PageCount / median.Raw * 1000:F0} pages/s");
        Console.WriteLine($"Ratio (module pages/s incl. query / raw pages/s): {median.Raw / median.Total:P0}; render only: {median.Raw / median.Render:P0}");
        Console.WriteLine($"All runs total ms: {string.Join(", ", results.Select(r => r.Total.ToString("F0", CultureInfo.InvariantCulture)))}");
        Console.WriteLine($"Allocated per run (module + raw): {allocatedPerRun:F0} MB; peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}");
    }

    private static async Task<(byte[] Pdf, double QueryMs)> BuildAsync(string path)
    {
        var query = Stopwatch.StartNew();
        ReportFigures figures;
        await using (var db = new AppDbContext(YearDatabase.Options(path)))
        {
            var clock = new WardClock(TimeProvider.System);
            var reference = await ReportingReference.LoadAsync(db);
            figures = await new ReportFiguresLoader(db, new FiguresQuery(db, new ComplianceQuery(db, clock)))
                .LoadAsync(reference, new FiguresScope(new PeriodWindow(new DateOnly(YearDatabase.Year - 1, 12, 15), new DateOnly(YearDatabase.Year, 12, 14))));
        }

        query.Stop();
        var letterhead = Letterhead.For(Profile, ReportAudience.City);
        var content = new ReportContent(letterhead, $"Kết quả thực hiện phong trào \"Bình dân học vụ số\" năm {YearDatabase.Year}", 15,
            new DateOnly(YearDatabase.Year, 12, 18), NarrativeDrafter.DefaultClerkText(), letterhead.DefaultRecipients, letterhead.DefaultSigner, IncludeSessionList: true);
        var pdf = PdfRenderer.Render(ConsolidatedReportComposer.Compose(content, figures));
        return (pdf, query.Elapsed.TotalMilliseconds);
    }

    /// <summary>A commune's profile of the usual lengths; the benchmark database has none.</summary>
    private static readonly NguyenTrai.DigitalLiteracy.Domain.Profile.WardProfile Profile = new()
    {
        CommuneName = "phường Hòa Bình", ParentName = "tỉnh Mẫu", PlaceName = "Hòa Bình", PortalTitle = "Bình dân học vụ số",
        ParentCommitteeName = "UBND tỉnh Mẫu", CommitteeName = "UBND phường Hòa Bình", CommitteeAbbreviation = "UBND", CommitteeSymbol = "BC-UBND",
        OfficeName = "Phòng Văn hóa - Xã hội", OfficeAbbreviation = "VHXH", OfficeSymbol = "BC-VHXH",
        CitySignerName = "Trần Văn Minh", CitySignerPosition = "Phó Chủ tịch", CityAuthorityLines = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        CityRecipients = "- UBND tỉnh (để báo cáo);\n- Lưu: VT, VHXH.", WardSignerName = "Lê Thị Hà", WardSignerPosition = "Trưởng phòng",
        WardAuthorityLines = "TRƯỞNG PHÒNG", WardRecipients = "- UBND phường (để báo cáo);\n- Lưu: VT, VHXH.",
        DirectingLetter = "Thực hiện Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025, UBND phường đã ban hành văn bản chỉ đạo triển khai phong trào.",
    };

    private static int PageCount(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }
}
