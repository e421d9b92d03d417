namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;

/// <summary>
/// Column and zig-zag walks on a QWERTY keyboard ("qazwsxedcrfv", "1qaz2wsx3edc") that the zxcvbn port's own
/// spatial matcher misses: at least two thirds of the key-to-key steps go to the same or a neighbouring key.
/// </summary>
public static class KeyboardWalk
{
    private static readonly string[] Rows = ["1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"];
    private static readonly string[] ShiftedRows = ["!@#$%^&*()_+", "QWERTYUIOP{}", "ASDFGHJKL:\"", "ZXCVBNM<>?"];

    public static bool IsWalk(string password)
    {
        if (password.Length < 6)
        {
            return false;
        }

        var near = 0;
        for (var i = 1; i < password.Length; i++)
        {
            if (Position(password[i - 1]) is { } a && Position(password[i]) is { } b && AreNeighbours(a, b))
            {
                near++;
            }
        }

        return near * 3 >= (password.Length - 1) * 2;
    }

    /// <summary>Each row sits half a key to the right of the one above: (r, c) touches (r-1, c..c+1) and (r+1, c-1..c).</summary>
    private static bool AreNeighbours((int Row, int Column) a, (int Row, int Column) b) => (b.Row - a.Row) switch
    {
        0 => Math.Abs(b.Column - a.Column) <= 1,
        -1 => b.Column - a.Column is 0 or 1,
        1 => a.Column - b.Column is 0 or 1,
        _ => false,
    };

    private static (int Row, int Column)? Position(char c)
    {
        for (var row = 0; row < Rows.Length; row++)
        {
            var column = Rows[row].IndexOf(c, StringComparison.Ordinal);
            column = column >= 0 ? column : ShiftedRows[row].IndexOf(c, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (row, column);
            }
        }

        return null;
    }
}
