using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Data.Identity;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;

/// <summary>
/// Beyond the common-password list: refuses what zxcvbn scores below 3 (keyboard walks, repeated characters,
/// dates, dictionary words, with the user name and the ward's names as known words), passwords built on the user
/// name or on the ward's name, and outside Development/Testing any password ever published in docs or demo data.
/// The ward's own names come from its profile, so every commune that deploys the portal gets its names refused.
/// </summary>
public sealed class PasswordPolicyValidator(IHostEnvironment environment, AppDbContext db) : IPasswordValidator<ApplicationUser>
{
    public const int MinimumScore = 3;

    public const string WeakMessage = "Mật khẩu quá dễ đoán (dãy phím liền nhau, ký tự lặp lại, ngày tháng hoặc từ thông dụng). Hãy dùng một cụm từ dài, dễ nhớ với riêng bạn.";
    public const string UserNameMessage = "Mật khẩu không được chứa tên đăng nhập.";
    public const string WardNameMessage = "Mật khẩu không được chỉ dựa trên tên phường, tên thành phố hoặc tên cơ quan.";
    public const string PublishedMessage = "Mật khẩu này đã được công bố trong tài liệu hoặc dữ liệu mẫu nên không được dùng. Vui lòng chọn mật khẩu khác.";

    /// <summary>Words an attacker tries first against any commune's portal, letters only, without diacritics.</summary>
    private static readonly string[] AdministrativeWords = ["phuong", "xa", "thitran", "thanhpho", "tinh", "ubnd", "uybannhandan", "vhxh", "vanhoaxahoi"];

    /// <summary>What precedes a place's own name ("Xã Tân Lập", "Tỉnh Phú Thọ"), longest first.</summary>
    private static readonly string[] PlacePrefixes = ["Thành phố", "Thị trấn", "Đặc khu", "Phường", "Tỉnh", "Xã"];

    public async Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var places = await db.WardProfiles.AsNoTracking()
            .Select(p => new[] { p.CommuneName, p.ParentName, p.CommitteeAbbreviation, p.OfficeAbbreviation })
            .FirstOrDefaultAsync() ?? [];
        return Check(password, user.UserName, PublishedPasswords.AreRefusedIn(environment), LocalWords(places)) is { } refusal
            ? IdentityResult.Failed(refusal)
            : IdentityResult.Success;
    }

    /// <summary>The commune's and its parent's own names (without "Phường", "Thành phố"...) and agency abbreviations, as letters.</summary>
    public static IReadOnlyList<string> LocalWords(IEnumerable<string?> names) =>
        [.. names.Select(n => (n ?? "").Trim())
            .Select(n => PlacePrefixes.FirstOrDefault(p => n.StartsWith(p + " ", StringComparison.OrdinalIgnoreCase)) is { } prefix ? n[prefix.Length..] : n)
            .Select(Letters)
            .Where(w => w.Length >= 3)
            .Distinct()];

    /// <returns>The first rule the password breaks, or null.</returns>
    public static IdentityError? Check(string? password, string? userName, bool refusePublished, IReadOnlyList<string> localWords)
    {
        if (string.IsNullOrEmpty(password))
        {
            return null;
        }

        if (refusePublished && PublishedPasswords.Contains(password))
        {
            return Error("PublishedPassword", PublishedMessage);
        }

        var letters = Letters(password);
        var name = Letters(userName ?? "");
        if (name.Length >= 3 && letters.Contains(name, StringComparison.Ordinal))
        {
            return Error("UserNameInPassword", UserNameMessage);
        }

        string[] wardWords = [.. localWords, .. AdministrativeWords];
        if (wardWords.Any(w => w.Length >= 3 && letters.Contains(w, StringComparison.Ordinal))
            && wardWords.Aggregate(letters, (rest, word) => rest.Replace(word, "", StringComparison.Ordinal)).Count(char.IsAsciiLetter) < 4)
        {
            return Error("WardNamePassword", WardNameMessage);
        }

        // The common-password validator already explains the list and trivial runs; one message is enough.
        var score = Zxcvbn.Zxcvbn.MatchPassword(password, [.. wardWords, name, userName ?? ""]).Score;
        return (score < MinimumScore || KeyboardWalk.IsWalk(password)) && !CommonPasswords.IsCommon(password) ? Error("WeakPassword", WeakMessage) : null;
    }

    /// <summary>Lower-case ASCII letters and digits: "Bình Dân-2025" and "binhdan2025" are the same word.</summary>
    public static string Letters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var plain = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(plain))
            {
                builder.Append(plain);
            }
        }

        return builder.ToString();
    }

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
