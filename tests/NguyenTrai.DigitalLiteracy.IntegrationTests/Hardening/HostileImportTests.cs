using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.IntegrationTests.ExcelImport;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Hardening;

/// <summary>Alone, so the memory measured is this request's and not a neighbour test's.</summary>
[CollectionDefinition(nameof(MemoryMeasured), DisableParallelization = true)]
public sealed class MemoryMeasured;

/// <summary>
/// The hostile workbooks of the attack (a 210 KB file holding one 200 MB cell took the server from 346 MB to
/// 2.7 GB; a file of blank rows took 55 s twice): each is refused quickly with a clear message, and the
/// process's memory grows by far less than 500 MB while it is read.
/// </summary>
[Collection(nameof(MemoryMeasured))]
public sealed class HostileImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const long MemoryBudget = 500L * 1024 * 1024;

    public static TheoryData<string, string> Files => new()
    {
        { "huge-cell", "khi giải nén lớn hơn" },
        { "blank-rows", "tính cả dòng trống" },
        { "bomb", "khi giải nén lớn hơn" },
        { "many-parts", "thành phần" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_hostile_workbook_is_refused_fast_with_little_memory(string kind, string message)
    {
        var bytes = kind switch
        {
            "huge-cell" => HostileWorkbooks.OneHugeCell(200 * 1024 * 1024),
            "blank-rows" => HostileWorkbooks.BlankRows(200_000),
            "bomb" => HostileWorkbooks.Bomb(1024L * 1024 * 1024),
            _ => HostileWorkbooks.ManyParts(5_000),
        };
        Assert.True(bytes.Length < 2 * 1024 * 1024, $"{kind} is {bytes.Length:N0} bytes");
        using var staff = await factory.SignInAsync("hpn.canbo");
        await staff.GetPageAsync("/nhap-excel");
        var before = await factory.WithDbAsync(db => db.StoredFiles.CountAsync());

        var (page, elapsed, growth, allocated) = await MeasureAsync(() => ImportFiles.UploadAsync(staff, "lop-hoc", bytes));

        Assert.Contains(message, page.TextOf("[data-testid=import-file-error]"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=import-confirm]"));
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"{kind}: refused after {elapsed.TotalSeconds:N1} s");
        Assert.True(growth < MemoryBudget, $"{kind}: working set grew by {growth / 1024 / 1024:N0} MB");
        Assert.True(allocated < MemoryBudget, $"{kind}: {allocated / 1024 / 1024:N0} MB allocated");
        Assert.Equal(before, await factory.WithDbAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task A_filled_template_of_1000_rows_is_read_once_and_confirmed_from_the_kept_preview()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        var rows = Enumerable.Range(1, 1_000).Select(i => ImportFiles.TrainingRow($"Nghìn dòng {i}", "20/11/2026")).ToList();

        var (preview, elapsed, _, _) = await MeasureAsync(() => ImportFiles.UploadAsync(staff, "lop-hoc", ImportFiles.Workbook(rows)));
        Assert.Empty(ImportFiles.Errors(preview));
        Assert.True(elapsed < TimeSpan.FromSeconds(20), $"read in {elapsed.TotalSeconds:N1} s");
        var kept = await factory.WithDbAsync(db => db.StoredFiles.Where(f => f.Key.StartsWith("xl:")).Select(f => f.Content).SingleAsync());
        Assert.NotEqual((byte)'P', kept[0]); // the preview's values (JSON), not the workbook

        var confirmed = await ImportFiles.ConfirmAsync(staff, preview);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(1_000, await factory.WithDbAsync(db => db.TrainingSessions.CountAsync(e => e.Title.StartsWith("Nghìn dòng"))));
    }

    [Fact]
    public async Task A_thousand_and_one_rows_counting_blank_ones_are_refused()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        var rows = Enumerable.Range(1, 1_001).Select(i => i % 2 == 0 ? ImportFiles.TrainingRow($"Dòng {i}", "20/11/2026") : ImportFiles.TrainingRow("", "").ToDictionary(k => k.Key, _ => (object?)null)).ToList();

        var page = await ImportFiles.UploadAsync(staff, "lop-hoc", ImportFiles.Workbook(rows));

        Assert.Contains("tính cả dòng trống", page.TextOf("[data-testid=import-file-error]"), StringComparison.Ordinal);
    }

    private static async Task<(T Result, TimeSpan Elapsed, long Growth, long Allocated)> MeasureAsync<T>(Func<Task<T>> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var baseline = process.WorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(10, CancellationToken.None);
            }
        });
        var clock = Stopwatch.StartNew();
        var result = await action();
        clock.Stop();
        await stop.CancelAsync();
        await sampler;
        return (result, clock.Elapsed, peak - baseline, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
    }
}
