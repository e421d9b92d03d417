using System.Diagnostics;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>Poppler's pdfsig, the independent check of a signed file (Debian poppler-utils, installed by .ci/run).</summary>
internal static class Pdfsig
{
    public static string? Tool => Pdftoppm.FindOnPath("pdfsig");

    /// <summary>pdfsig's report on the file; times are printed in Viet Nam time.</summary>
    public static string Verify(byte[] pdf)
    {
        var tool = Tool ?? throw new InvalidOperationException("pdfsig is not on PATH: install poppler-utils (apt-get install -y poppler-utils).");
        var folder = Directory.CreateTempSubdirectory("pdfsig-");
        try
        {
            var file = Path.Combine(folder.FullName, "signed.pdf");
            File.WriteAllBytes(file, pdf);
            var start = new ProcessStartInfo(tool, ["-nocert", "-no-ocsp", file]) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["TZ"] = "Asia/Ho_Chi_Minh";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>
/// A test that needs pdfsig. Without it the test is skipped with an install hint on a developer's machine; in CI
/// (CI=true or REQUIRE_BROWSER_TESTS=1, set by .ci/run) it runs anyway and fails, so a missing tool never passes silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PdfsigFactAttribute : FactAttribute
{
    public PdfsigFactAttribute()
    {
        var required = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            || Environment.GetEnvironmentVariable("REQUIRE_BROWSER_TESTS") == "1";
        if (Pdfsig.Tool is null && !required)
        {
            Skip = "pdfsig not found: install poppler-utils (sudo apt-get install poppler-utils) to check signatures.";
        }
    }
}
