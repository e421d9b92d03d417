using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenTrai.DigitalLiteracy.Data.Identity;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Domain.Users;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Entries;
using NguyenTrai.DigitalLiteracy.TestSupport;
using Xunit.Abstractions;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Load;

/// <summary>
/// Eight staff members of eight units record training sessions and save their report drafts at the same time
/// against one SQLite file, for a bounded time (LOAD_SECONDS, default 5), then all submit. Nothing may fail
/// ("database is locked" included) and every accepted entry must be in the database. The throughput it prints is
/// the figure in docs/performance.md (run with LOAD_SECONDS=30).
/// </summary>
public sealed class ConcurrentSubmissionTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private static readonly string[] UnitCodes = ["VP", "PKT", "TTVH", "MN-NT", "TH-NT", "THCS-NT", "TYT", "MTTQ"];

    [Fact]
    public async Task Eight_units_submitting_at_once_lose_nothing()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("LOAD_SECONDS"), CultureInfo.InvariantCulture, out var s) ? s : 5;
        var periodId = await factory.WithDbAsync(db => db.ReportingPeriods
            .Where(p => p.Kind == PeriodKind.Monthly && p.Year == 2026 && p.Number == 12).Select(p => p.Id).SingleAsync());
        await CreateStaffAsync();
        var clients = await Task.WhenAll(UnitCodes.Select(code => factory.SignInAsync(UserName(code))));

        var errors = new ConcurrentBag<string>();
        var created = new ConcurrentDictionary<string, int>();
        var requests = 0;
        var stopwatch = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(UnitCodes.Select((code, i) => Task.Run(async () =>
        {
            var client = clients[i];
            for (var n = 1; stopwatch.Elapsed < deadline; n++)
            {
                try
                {
                    await client.CreateAsync(EntryKind.Training, $"Tải thử {code} #{n}");
                    created.AddOrUpdate(code, 1, (_, c) => c + 1);
                    Interlocked.Add(ref requests, 2);
                    if (n % 5 == 0)
                    {
                        await ExpectRedirect(await SaveReportAsync(client, periodId, "save", $"Đã ghi {n} lớp."), errors, code);
                        Interlocked.Add(ref requests, 2);
                    }
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    errors.Add($"{code}: {ex.Message}");
                }
            }

            await ExpectRedirect(await SaveReportAsync(client, periodId, "submit", "Hoàn thành kỳ báo cáo."), errors, code);
            Interlocked.Add(ref requests, 2);
        })));
        stopwatch.Stop();

        output.WriteLine($"{UnitCodes.Length} clients, {stopwatch.Elapsed.TotalSeconds:0.0} s: {created.Values.Sum()} entries, {requests} requests, {requests / stopwatch.Elapsed.TotalSeconds:0.0} requests/s, {created.Values.Sum() / stopwatch.Elapsed.TotalSeconds:0.0} entries/s");
        Assert.Empty(errors);
        await factory.WithDbAsync(async db =>
        {
            foreach (var code in UnitCodes)
            {
                var stored = await db.TrainingSessions.CountAsync(t => t.Unit!.Code == code && t.Title.StartsWith("Tải thử " + code + " #"));
                Assert.Equal(created.GetValueOrDefault(code), stored);
                var status = await db.UnitReports.Where(r => r.ReportingPeriodId == periodId && r.Unit!.Code == code).Select(r => r.Status).SingleAsync();
                Assert.Equal(UnitReportStatus.Submitted, status);
            }
        });
        Assert.True(created.Values.All(c => c > 0), "every client recorded at least one entry");
    }

    private static Task<HttpResponseMessage> SaveReportAsync(PortalClient client, int periodId, string intent, string highlights) =>
        client.SubmitFormAsync($"/bao-cao-don-vi/{periodId}", new Dictionary<string, string?>
        {
            ["Narrative.Highlights"] = highlights,
            ["intent"] = intent,
        }, "form[data-testid=narrative-form]");

    private static async Task ExpectRedirect(HttpResponseMessage response, ConcurrentBag<string> errors, string code)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            errors.Add($"{code}: report save returned {(int)response.StatusCode}");
        }

        await Task.CompletedTask;
    }

    private static string UserName(string code) => "tai-thu." + code.ToLowerInvariant();

    private async Task CreateStaffAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<NguyenTrai.DigitalLiteracy.Data.AppDbContext>();
        foreach (var code in UnitCodes)
        {
            var unitId = await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
            var user = new ApplicationUser { UserName = UserName(code), FullName = "Cán bộ " + code, UnitId = unitId };
            Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
            await users.AddToRoleAsync(user, Roles.UnitStaff);
        }
    }
}
