using System.Text;

namespace NguyenTrai.DigitalLiteracy.Domain.Common;

/// <summary>Vietnamese typed on some keyboards arrives decomposed (NFD); everything stored is NFC.</summary>
public static class VietnameseText
{
    public static string? Normalize(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
    }
}
