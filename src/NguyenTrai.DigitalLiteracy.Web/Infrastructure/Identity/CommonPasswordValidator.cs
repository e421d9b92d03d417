using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;

/// <summary>
/// Refuses passwords from the common-password list that ships inside zxcvbn-core (about 30,000 entries),
/// also when only digits or punctuation were appended, e.g. "password123456".
/// </summary>
public sealed class CommonPasswordValidator<TUser> : IPasswordValidator<TUser> where TUser : class
{
    public Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password) =>
        Task.FromResult(!string.IsNullOrEmpty(password) && CommonPasswords.IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác." })
            : IdentityResult.Success);
}

/// <summary>The list and the trivial shapes (repetitions, runs) behind <see cref="CommonPasswordValidator{TUser}"/>.</summary>
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> Common = new(LoadList);

    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        var stem = lower.TrimEnd("0123456789!@#$%^&*.-_ ".ToCharArray());
        return Common.Value.Contains(lower) || (stem.Length >= 4 && Common.Value.Contains(stem)) || IsRepetition(lower) || IsRun(lower);
    }

    /// <summary>"aaaaaaaaaaaa" or "abcabcabcabc": long but trivially guessed.</summary>
    private static bool IsRepetition(string value)
    {
        for (var size = 1; size <= value.Length / 2; size++)
        {
            if (value.Length % size == 0 && string.Concat(Enumerable.Repeat(value[..size], value.Length / size)) == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"123456789012", "987654321098" or "abcdefghijkl": keyboard walks the list does not hold at every length.</summary>
    private static bool IsRun(string value)
    {
        static int Step(char a, char b) => char.IsAsciiDigit(a) && char.IsAsciiDigit(b) ? ((b - a + 10) % 10) switch { 1 => 1, 9 => -1, _ => 0 } : b - a;
        if (value.Length < 2)
        {
            return false;
        }

        var step = Step(value[0], value[1]);
        if (step is not (1 or -1))
        {
            return false;
        }

        for (var i = 2; i < value.Length; i++)
        {
            if (Step(value[i - 1], value[i]) != step)
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<string> LoadList()
    {
        var assembly = Assembly.Load("zxcvbn-core");
        using var stream = assembly.GetManifestResourceStream("zxcvbn-core.Dictionaries.passwords.lst")
            ?? throw new InvalidOperationException("The common-password list is missing from zxcvbn-core.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line.Trim());
            }
        }

        return set;
    }
}
