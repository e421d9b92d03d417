using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace NguyenTrai.DigitalLiteracy.LoadTool;

/// <summary>What the virtual users created, over warm-up and measured run, for the "nothing lost" check.</summary>
public sealed class Outcome
{
    private int approvals;

    public ConcurrentDictionary<int, string> Entries { get; } = new();
    public ConcurrentDictionary<int, int> Uploads { get; } = new();
    public ConcurrentDictionary<string, bool> Submitted { get; } = new();
    public int Approvals => approvals;

    public void Approved() => Interlocked.Increment(ref approvals);
}

/// <summary>One phase (warm-up or measured): its end, whether staff submit at its end, the open month, the photos.</summary>
public sealed class Run(TimeSpan duration, bool submit, int periodId, string previousMonth, DateOnly today, IReadOnlyList<byte[]> photos, Outcome outcome)
{
    private readonly DateTime end = DateTime.UtcNow + duration;

    public bool Submit { get; } = submit;
    public int PeriodId { get; } = periodId;
    public string PreviousMonth { get; } = previousMonth;
    public string Today { get; } = today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    public IReadOnlyList<byte[]> Photos { get; } = photos;
    public Outcome Outcome { get; } = outcome;

    public TimeSpan Left => end - DateTime.UtcNow;
}

/// <summary>The four kinds of user on deadline day, each a loop of page views and actions with think time.</summary>
public static class Scenarios
{
    /// <summary>Time a person takes to read a page or fill a form before the next click.</summary>
    private static Task ThinkAsync(Random random, int minMs = 1000, int maxMs = 3000) => Task.Delay(random.Next(minMs, maxMs));

    /// <summary>Unit staff: record a training session, attach a photo, now and then look at the list; submit the report at the end.</summary>
    public static async Task StaffAsync(Session user, Run run, Random random)
    {
        for (var n = 1 + user.Iterations; run.Left > TimeSpan.FromSeconds(run.Submit ? 12 : 0); n++, user.Iterations++)
        {
            await ThinkAsync(random);
            var form = await user.PageAsync("/hoat-dong/lop-hoc/tao-moi");
            if (form is null)
            {
                continue;
            }

            await ThinkAsync(random);
            var title = $"Tải thử {user.UserName} #{n}";
            var created = await user.PostFormAsync(form, "form[action='/hoat-dong/lop-hoc/tao-moi']",
            [
                new("Title", title), new("Date", run.Today), new("Format", "Class"), new("DurationHours", "2"), new("Place", "Nhà văn hóa tổ dân phố"),
                new("Platforms", "VNeID"), new("TargetGroups", "Elderly"), new("ParticipantsTotal", "25"), new("ParticipantsAdults", "20"), new("ParticipantsWomen", "15"),
                new("ParticipantsAged60Plus", "8"), new("AccountsCreated", "4"), new("Completions", "3"), new("Instructors", "Đoàn viên thanh niên"),
            ]);
            if (created?.Headers.Location?.OriginalString is not { } details || !int.TryParse(details[(details.LastIndexOf('/') + 1)..], out var id))
            {
                continue;
            }

            run.Outcome.Entries[id] = title;
            var page = await user.PageAsync(details);
            if (page is null || Session.Token(page, "form[data-testid=evidence-upload]") is not { } token)
            {
                continue;
            }

            await ThinkAsync(random);
            using var upload = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent(id.ToString(CultureInfo.InvariantCulture)), "EntryId" },
                { new StringContent("Ảnh buổi hướng dẫn"), "Caption" },
            };
            var photo = new ByteArrayContent(run.Photos[n % run.Photos.Count]);
            photo.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            upload.Add(photo, "File", $"anh-buoi-{n}.png");
            if (await user.SendAsync(HttpMethod.Post, "/minh-chung/tai-len", upload, HttpStatusCode.Redirect) is not null)
            {
                run.Outcome.Uploads.AddOrUpdate(id, 1, (_, c) => c + 1);
                await user.PageAsync(details);
            }

            if (n % 3 == 0)
            {
                await ThinkAsync(random);
                await user.PageAsync("/hoat-dong/lop-hoc");
            }
        }

        if (!run.Submit)
        {
            return;
        }

        await ThinkAsync(random, 0, 5000);
        var report = await user.PageAsync($"/bao-cao-don-vi/{run.PeriodId}");
        if (report is not null && await user.PostFormAsync(report, "form[data-testid=narrative-form]",
            [new("Narrative.Highlights", "Tổ chức các buổi hướng dẫn VNeID cho người cao tuổi."), new("intent", "submit")]) is not null)
        {
            var after = await user.PageAsync($"/bao-cao-don-vi/{run.PeriodId}");
            run.Outcome.Submitted[user.UserName] = after?.QuerySelector("[data-testid=report-state]")?.TextContent.Trim() is "Đã gửi, chờ duyệt" or "Đã phê duyệt";
        }
    }

    /// <summary>The office: review queue, open a submitted report and approve it, preview the consolidated report PDF.</summary>
    public static async Task OfficeAsync(Session user, Run run, Random random)
    {
        if (user.Draft is null)
        {
            var create = await user.PageAsync("/bao-cao-tong-hop/tao-moi");
            var periodValue = create?.QuerySelectorAll("select[name=PeriodId] option").FirstOrDefault(o => o.TextContent.Trim() == run.PreviousMonth)?.GetAttribute("value");
            user.Draft = create is null || periodValue is null ? null
                : (await user.PostFormAsync(create, "form[action='/bao-cao-tong-hop/tao-moi']", [new("PeriodId", periodValue), new("Audience", "1")]))?.Headers.Location?.OriginalString;
        }

        var draft = user.Draft;
        for (var n = 0; run.Left > TimeSpan.Zero; n++)
        {
            await ThinkAsync(random);
            var queue = await user.PageAsync("/duyet-bao-cao");
            var ids = queue?.QuerySelectorAll("tr[data-report]").Select(r => r.GetAttribute("data-report")).ToList() ?? [];
            if (ids.Count > 0)
            {
                await ThinkAsync(random);
                var page = await user.PageAsync($"/duyet-bao-cao/{ids[random.Next(ids.Count)]}");
                if (page?.QuerySelector("[data-testid=approve-form]") is not null)
                {
                    await ThinkAsync(random);
                    if (await user.PostFormAsync(page, "[data-testid=approve-form]", []) is not null)
                    {
                        run.Outcome.Approved();
                    }
                }
            }

            if (draft is not null && n % 2 == 0)
            {
                await ThinkAsync(random);
                await user.SendAsync(HttpMethod.Get, $"{draft}/xem-truoc");
            }
        }
    }

    /// <summary>Leadership: the home page with its figures, the dashboard, who has reported, the issued reports.</summary>
    public static async Task LeadershipAsync(Session user, Run run, Random random)
    {
        string[] pages = ["/", "/tong-quan", "/tinh-hinh-nop", "/bao-cao-da-ban-hanh"];
        for (var n = 0; run.Left > TimeSpan.Zero; n++)
        {
            await ThinkAsync(random);
            await user.PageAsync(pages[n % pages.Length]);
        }
    }

    /// <summary>Everyone else on deadline day: reading the entry lists (all units, filtered, paged) and their notifications.</summary>
    public static async Task ReaderAsync(Session user, Run run, Random random)
    {
        string[] lists = ["/hoat-dong/tuyen-truyen", "/hoat-dong/lop-hoc", "/hoat-dong/sang-kien", "/hoat-dong/long-ghep"];
        for (var n = 0; run.Left > TimeSpan.Zero; n++)
        {
            await ThinkAsync(random);
            var list = lists[random.Next(lists.Length)];
            var page = await user.PageAsync(n % 5 == 4 ? "/thong-bao" : $"{list}?page={1 + random.Next(3)}");
            var detail = page?.QuerySelectorAll("table a[href^='/hoat-dong/']").Select(a => a.GetAttribute("href")).FirstOrDefault(h => h?.Split('/').Last().All(char.IsAsciiDigit) == true);
            if (detail is not null && n % 2 == 1)
            {
                await ThinkAsync(random);
                await user.PageAsync(detail);
            }
        }
    }
}
