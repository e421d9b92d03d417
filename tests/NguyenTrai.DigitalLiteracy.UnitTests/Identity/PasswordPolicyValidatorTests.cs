using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;

namespace NguyenTrai.DigitalLiteracy.UnitTests.Identity;

public sealed class PasswordPolicyValidatorTests
{
    private static readonly IReadOnlyList<string> NguyenTrai = PasswordPolicyValidator.LocalWords(["Phường Nguyễn Trãi", "Thành phố Hải Phòng", "UBND", "VHXH"]);

    private static string? Refusal(string password, string userName = "hpn.canbo", bool production = true, IReadOnlyList<string>? localWords = null) =>
        PasswordPolicyValidator.Check(password, userName, refusePublished: production, localWords ?? NguyenTrai)?.Description;

    [Theory]
    [InlineData("qwertyuiopas")]
    [InlineData("           x")]
    [InlineData("asdfghjkl;'zx")]
    [InlineData("zaq12wsxcde3")]
    [InlineData("qazwsxedcrfv")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("!QAZ@WSX#EDC")]
    [InlineData("xxxxxxxxxxxxxy")]
    [InlineData("01/01/1990 12345")]
    public void Keyboard_walks_repetitions_and_dates_are_refused(string password) =>
        // Those on the common-password list get that validator's message instead of a second one.
        Assert.True(CommonPasswords.IsCommon(password) ? Refusal(password) is null : Refusal(password) == PasswordPolicyValidator.WeakMessage);

    [Theory]
    [InlineData("1qaz2wsx3edc", true)]
    [InlineData("qazwsxedcrfv", true)]
    [InlineData("!QAZ@WSX#EDC", true)]
    [InlineData("poiuytrewqlk", true)]
    [InlineData("trên cành hoa mai vàng", false)]
    [InlineData("correct horse battery staple", false)]
    [InlineData("Zx9!kLm2#Qw7", false)]
    public void Keyboard_walks_are_recognised_by_key_positions(string password, bool walk) =>
        Assert.Equal(walk, KeyboardWalk.IsWalk(password));

    [Theory]
    [InlineData("HocVuSo-NguyenTrai-2025")]
    [InlineData("hocvuso nguyentrai 2025")]
    [InlineData("a long passphrase")]
    public void Published_passwords_are_refused_in_production(string password) =>
        Assert.Equal(PasswordPolicyValidator.PublishedMessage, Refusal(password));

    [Fact]
    public void The_demo_password_stays_usable_where_demo_accounts_live() =>
        Assert.Null(Refusal("HocVuSo-NguyenTrai-2025", "vhxh", production: false));

    [Theory]
    [InlineData("hpn.canbo", "hpn.canbo-2026-mua-thu")]
    [InlineData("thon01.canbo", "Thon01Canbo!Xuan")]
    public void Passwords_containing_the_user_name_are_refused(string userName, string password) =>
        Assert.Equal(PasswordPolicyValidator.UserNameMessage, Refusal(password, userName));

    [Theory]
    [InlineData("NguyenTrai2025!")]
    [InlineData("Phường Nguyễn Trãi")]
    [InlineData("UBND-Nguyen-Trai-HaiPhong-2026")]
    public void Passwords_built_on_the_ward_name_are_refused(string password) =>
        Assert.Equal(PasswordPolicyValidator.WardNameMessage, Refusal(password));

    [Fact]
    public void Another_commune_gets_its_own_names_refused_and_not_ours()
    {
        var tanLap = PasswordPolicyValidator.LocalWords(["Xã Tân Lập", "Tỉnh Phú Thọ", "UBND", "VHXH"]);
        Assert.Equal(["tanlap", "phutho", "ubnd", "vhxh"], tanLap);
        Assert.Equal(PasswordPolicyValidator.WardNameMessage, Refusal("TanLap-PhuTho2026", localWords: tanLap));
        Assert.NotEqual(PasswordPolicyValidator.WardNameMessage, Refusal("NguyenTrai-HaiPhong-2026", localWords: tanLap));
    }

    [Theory]
    [InlineData("mùa lúa chín trên cánh đồng làng")]
    [InlineData("bầu trời xanh thẳm trên sông Cấm")]
    [InlineData("Zx9!kLm2#Qw7")]
    [InlineData("trên cành hoa mai vàng")]
    public void Long_passphrases_and_random_strings_are_accepted(string password) =>
        Assert.Null(Refusal(password));

    [Fact]
    public void Letters_drop_marks_case_and_punctuation() =>
        Assert.Equal("phuongnguyentrai2025", PasswordPolicyValidator.Letters("Phường Nguyễn-Trãi 2025"));
}
