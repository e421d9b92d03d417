using System.Text.RegularExpressions;
using NguyenTrai.DigitalLiteracy.TestSupport;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Mvc;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.UxStaff;

/// <summary>The forms this branch touches speak Vietnamese in every validation attribute; the browser and the server word dates alike.</summary>
public sealed partial class FormMessagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("hpn.canbo", "/hoat-dong/lop-hoc/tao-moi")]
    [InlineData("hpn.canbo", "/hoat-dong/tuyen-truyen/tao-moi")]
    [InlineData("hpn.canbo", "/hoat-dong/sang-kien/tao-moi")]
    [InlineData("hpn.canbo", "/hoat-dong/long-ghep/tao-moi")]
    [InlineData("vhxh", "/bao-cao-tong-hop/tao-moi")]
    [InlineData("vhxh", "/chi-tieu")]
    public async Task No_validation_message_is_english_and_selects_say_chon(string user, string url)
    {
        using var client = await factory.SignInAsync(user);
        var page = await client.GetPageAsync(url);

        var messages = page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("data-val-", StringComparison.Ordinal) && !a.Name.EndsWith("-other", StringComparison.Ordinal)
            && !a.Name.Contains("-range-", StringComparison.Ordinal) && !a.Name.Contains("-length-", StringComparison.Ordinal)).Select(a => a.Value).ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.DoesNotMatch(English(), m));
        Assert.All(page.QuerySelectorAll("select[data-val-required]"), s => Assert.StartsWith("Vui lòng chọn", s.GetAttribute("data-val-required"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_browser_and_the_server_give_the_same_date_messages()
    {
        using var client = await factory.SignInAsync("hpn.canbo");

        var script = await (await client.GetAsync("/js/validation-vi.js")).Content.ReadAsStringAsync();

        Assert.Contains($"'{VietnameseDates.FormatMessage}'", script, StringComparison.Ordinal);
        Assert.Contains($"'{VietnameseDates.DoesNotExistMessage}'", script, StringComparison.Ordinal);
        Assert.StartsWith("Ngày không tồn tại", VietnameseDates.DoesNotExistMessage, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(The|field|is required|must be|invalid|Please)\b")]
    private static partial Regex English();
}
