using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using NguyenTrai.DigitalLiteracy.Data.Identity;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;

/// <summary>
/// Beyond the common-password list: refuses what zxcvbn scores below 3 (keyboard walks, repeated characters,
/// dates, dictionary words, with the user name and the ward's names as known words), passwords built on the user
/// name or on the ward's name, and outside Development/Testing any password ever published in docs or demo data.
/// </summary>
public sealed class PasswordPolicyValidator(IHostEnvironment environment) : IPasswordValidator<ApplicationUser>
{
    public const int MinimumScore = 3;

    public const string WeakMessage = "Mật khẩu quá dễ đoán (dãy phím liền nhau, ký tự lặp lại, ngày tháng hoặc từ thông dụng). Hãy dùng một cụm từ dài, dễ nhớ với riêng bạn.";
    public const string UserNameMessage = "Mật khẩu không được chứa tên đăng nhập.";
    public const string WardNameMessage = "Mật khẩu không được chỉ dựa trên tên phường, tên thành phố hoặc tên cơ quan.";
    public const string PublishedMessage = "Mật khẩu này đã được công bố trong tài liệu hoặc dữ liệu mẫu nên không được dùng. Vui lòng chọn mật khẩu khác.";

    /// <summary>Words an attacker tries first against this portal, letters only, without diacritics.</summary>
    private static readonly string[] WardWords = ["phuong", "nguyentrai", "haiphong", "thanhpho", "ubnd", "uybannhandan", "vhxh", "vanhoaxahoi"];

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password) =>
        Task.FromResult(Check(password, user.UserName, PublishedPasswords.AreRefusedIn(environment)) is { } refusal
            ? IdentityResult.Failed(refusal)
            : IdentityResult.Success);

    /// <returns>The first rule the password breaks, or null.</returns>
    public static IdentityError? Check(string? password, string? userName, bool refusePublished)
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

        if (WardWords.Any(w => letters.Contains(w, StringComparison.Ordinal))
            && WardWords.Aggregate(letters, (rest, word) => rest.Replace(word, "", StringComparison.Ordinal)).Count(char.IsAsciiLetter) < 4)
        {
            return Error("WardNamePassword", WardNameMessage);
        }

        // The common-password validator already explains the list and trivial runs; one message is enough.
        var score = Zxcvbn.Zxcvbn.MatchPassword(password, [.. WardWords, name, userName ?? ""]).Score;
        return (score < MinimumScore || KeyboardWalk.IsWalk(password)) && !CommonPasswords.IsCommon(password) ? Error("WeakPassword", WeakMessage) : null;
    }

    /// <summary>Lower-case ASCII letters and digits: "Nguyễn Trãi-2025" and "nguyentrai2025" are the same word.</summary>
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
