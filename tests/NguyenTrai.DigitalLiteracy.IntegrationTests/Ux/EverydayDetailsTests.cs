using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Units;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Ux;

/// <summary>The small things a ward official notices: the guide, the icon, alphabetical order, who sees file hashes.</summary>
public sealed class EverydayDetailsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false);

    [Theory]
    [InlineData("quantri")]
    [InlineData("hpn.canbo")]
    public async Task The_menu_links_the_user_guide_rendered_from_the_repository_file(string user)
    {
        using var client = await factory.SignInAsync(user);

        var home = await client.GetPageAsync("/");
        var guide = await client.GetPageAsync("/huong-dan");

        Assert.NotNull(home.QuerySelector("nav a[href='/huong-dan']"));
        var markdown = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "user-guide-vi.md"));
        var headings = markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Trim()).ToList();
        Assert.NotEmpty(headings);
        Assert.Equal(headings, guide.TextsOf("[data-testid=user-guide] h2"));
        Assert.Equal(markdown.Split('\n')[0].TrimStart('#', ' ').Trim(), guide.TextOf("[data-testid=user-guide] h1"));
        Assert.NotEmpty(guide.QuerySelectorAll("[data-testid=user-guide] li strong"));
    }

    [Fact]
    public async Task Every_picture_of_the_user_guide_is_served_with_a_description()
    {
        using var leader = await factory.SignInAsync("lanhdao");
        var markdown = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "user-guide-vi.md"));

        var pictures = (await leader.GetPageAsync("/huong-dan")).QuerySelectorAll("[data-testid=user-guide] img").ToList();

        Assert.Equal(markdown.Split("](images/").Length - 1, pictures.Count);
        Assert.Contains(pictures, p => p.GetAttribute("src") == "/huong-dan/anh/images/trang-chu-lanh-dao.png");
        foreach (var picture in pictures)
        {
            Assert.False(string.IsNullOrWhiteSpace(picture.GetAttribute("alt")));
            var response = await leader.GetAsync(picture.GetAttribute("src")!);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>One rule for every filter: choose, then press the button (no select that submits on its own beside fields that wait).</summary>
    [Theory]
    [InlineData("vhxh", "/tong-quan")]
    [InlineData("vhxh", "/hoat-dong/lop-hoc")]
    [InlineData("vhxh", "/tinh-hinh-nop")]
    [InlineData("vhxh", "/duyet-bao-cao")]
    [InlineData("vhxh", "/danh-gia-sang-kien")]
    [InlineData("vhxh", "/chi-tieu")]
    [InlineData("quantri", "/quan-tri/nguoi-dung")]
    [InlineData("quantri", "/quan-tri/don-vi")]
    [InlineData("quantri", "/quan-tri/ky-bao-cao")]
    public async Task Every_filter_applies_with_its_button(string user, string path)
    {
        using var client = await factory.SignInAsync(user);

        var page = await client.GetPageAsync(path);

        var filters = page.QuerySelectorAll("main form[method=get]").Where(f => f.QuerySelector("select, input:not([type=hidden])") is not null).ToList();
        Assert.NotEmpty(filters);
        Assert.All(filters, f => Assert.Contains(f.QuerySelectorAll("button[type=submit]"), b => b.Closest("noscript") is null));
        Assert.Empty(page.QuerySelectorAll("[data-autosubmit], select[onchange]"));
    }

    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    [InlineData("/icon-192.png", "image/png")]
    [InlineData("/icon-512.png", "image/png")]
    [InlineData("/apple-touch-icon.png", "image/png")]
    public async Task The_site_icon_is_served_to_everyone(string path, string type)
    {
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
        var login = await (await anonymous.GetAsync("/tai-khoan/dang-nhap")).Content.ReadAsStringAsync();
        Assert.Contains("href=\"/favicon.svg\"", login, StringComparison.Ordinal);
    }

    /// <summary>"Thêm vào màn hình chính" on a phone: the manifest names this commune's portal and its icons exist.</summary>
    [Fact]
    public async Task The_portal_can_be_added_to_a_phone_home_screen_under_the_communes_name()
    {
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var profile = await factory.WithDbAsync(db => db.WardProfiles.AsNoTracking().SingleAsync());

        var response = await anonymous.GetAsync("/manifest.webmanifest");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        using var manifest = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = manifest.RootElement;
        Assert.Equal(profile.PortalTitle, root.GetProperty("name").GetString());
        Assert.Equal("standalone", root.GetProperty("display").GetString());
        Assert.Equal("/", root.GetProperty("start_url").GetString());
        foreach (var icon in root.GetProperty("icons").EnumerateArray())
        {
            var image = await anonymous.GetAsync(icon.GetProperty("src").GetString());
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            var size = SixLabors.ImageSharp.Image.Identify(await image.Content.ReadAsByteArrayAsync());
            Assert.Equal(icon.GetProperty("sizes").GetString(), $"{size.Width}x{size.Height}");
        }

        var login = await (await anonymous.GetAsync("/tai-khoan/dang-nhap")).Content.ReadAsStringAsync();
        Assert.Contains("rel=\"manifest\" href=\"/manifest.webmanifest\"", login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Units_and_people_are_listed_in_Vietnamese_alphabetical_order()
    {
        await factory.WithDbAsync(async db =>
        {
            foreach (var (code, name) in new[] { ("UZ1", "Tổ dân phố Ủy Viên"), ("DZ1", "Tổ dân phố Đông Hải"), ("DZ2", "Tổ dân phố Dương Kinh"), ("VZ1", "Tổ dân phố Vạn Mỹ") })
            {
                db.Units.Add(new Unit { Code = code, Name = name, Kind = UnitKind.ResidentialGroup, ActiveFrom = new DateOnly(2025, 1, 1) });
            }

            await db.SaveChangesAsync();
        });
        using var admin = await factory.SignInAsync("quantri");
        using var office = await factory.SignInAsync("vhxh");

        var groups = (await admin.GetPageAsync("/quan-tri/don-vi?kind=ResidentialGroup")).TextsOf("[data-testid=unit-table] tbody tr > td:nth-child(2)");
        var queueFilter = (await office.GetPageAsync("/duyet-bao-cao")).TextsOf("#unitId option").Skip(1).ToList();
        var people = (await admin.GetPageAsync("/quan-tri/nguoi-dung")).QuerySelectorAll("[data-testid=user-table] tbody tr").Select(r => r.Children[1].ChildNodes[0].TextContent.Trim()).ToList();

        foreach (var list in new[] { groups, queueFilter, people })
        {
            Assert.True(list.Count >= 4, string.Join(" | ", list));
            Assert.Equal(list.Order(Vietnamese), list);
        }

        Assert.True(queueFilter.IndexOf("Tổ dân phố Dương Kinh") < queueFilter.IndexOf("Tổ dân phố Đông Hải"), "Đ comes after D");
        Assert.True(queueFilter.IndexOf("Tổ dân phố Đông Hải") < queueFilter.IndexOf("Tổ dân phố Ủy Viên"), "Đ before U");
        Assert.True(queueFilter.IndexOf("Tổ dân phố Ủy Viên") < queueFilter.IndexOf("Tổ dân phố Vạn Mỹ"), "Ủ is a U, before V");
    }

    [Fact]
    public async Task File_hashes_of_issued_reports_are_shown_to_the_office_only()
    {
        var id = await factory.WithDbAsync(async db =>
        {
            var report = new ConsolidatedReport
            {
                Audience = ReportAudience.City, Status = ConsolidatedReportStatus.Issued, Subject = "Kết quả tháng 11",
                WindowStart = new DateOnly(2026, 10, 15), WindowEnd = new DateOnly(2026, 11, 14), CreatedById = "x",
            };
            report.Issues.Add(new IssuedReport { Version = 1, Sequence = 3, Year = 2026, Number = "3/BC-VHXH", IssueDate = new DateOnly(2026, 11, 20), IssuedById = "x", PdfSha256 = new string('b', 64), VerificationCode = "HASHTEST0001" });
            db.ConsolidatedReports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });
        using var office = await factory.SignInAsync("vhxh");
        using var leader = await factory.SignInAsync("lanhdao");

        foreach (var path in new[] { "/bao-cao-da-ban-hanh", $"/bao-cao-tong-hop/{id}" })
        {
            var forOffice = await office.GetPageAsync(path);
            var forLeader = await leader.GetPageAsync(path);

            Assert.Equal(new string('b', 64), forOffice.QuerySelector("[data-sha256]")?.GetAttribute("data-sha256"));
            Assert.Contains("3/BC-VHXH", forLeader.Body!.TextContent, StringComparison.Ordinal);
            Assert.Null(forLeader.QuerySelector("[data-sha256]"));
            Assert.DoesNotContain("bbbbbbbbbbbb", forLeader.Body!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("SHA-256", forLeader.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NguyenTrai.DigitalLiteracy.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
