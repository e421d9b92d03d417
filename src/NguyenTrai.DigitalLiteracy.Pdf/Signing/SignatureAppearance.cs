using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// Draws the visible digital signature into the page content (so it prints and rasterises like the rest of the
/// page and is covered by the signature). With images: the signature centred, the seal at actual size over its
/// left third, and the agency's name and signing time below (10 pt, upright, black, as Decree 30 appendix I asks).
/// Without images: a framed text block with signer, position, agency and signing time.
/// </summary>
internal static class SignatureAppearance
{
    private const double InfoSize = 10;
    private static readonly XPen Frame = new(XColor.FromArgb(90, 90, 90), 0.5);

    public static void Draw(XGraphics graphics, TextMeasurer measurer, PdfSigning signing, XRect box)
    {
        if (signing.SignatureImagePng is null && signing.SealImagePng is null)
        {
            DrawTextOnly(graphics, measurer, signing, box);
            return;
        }
        var info = Info(measurer, box.Width, $"{signing.AgencyName}\nThời gian ký: {signing.SigningTimeText}");
        var imageArea = new XRect(box.X, box.Y, box.Width, Math.Max(1, box.Height - info.ContentHeight));
        var signatureRect = imageArea;
        if (signing.SignatureImagePng is { } signaturePng)
        {
            using var signature = Image(signaturePng);
            // Fit the area's height (and at most 70% of its width), keeping the aspect ratio; centred.
            var scale = Math.Min(imageArea.Height / signature.PointHeight, imageArea.Width * 0.7 / signature.PointWidth);
            var (w, h) = (signature.PointWidth * scale, signature.PointHeight * scale);
            signatureRect = new XRect(imageArea.X + (imageArea.Width - w) / 2, imageArea.Y + (imageArea.Height - h) / 2, w, h);
            graphics.DrawImage(signature, signatureRect);
        }
        if (signing.SealImagePng is { } sealPng)
        {
            using var seal = Image(sealPng);
            var d = signing.SealDiameter;
            var centreY = signatureRect.Y + signatureRect.Height / 2;
            // Over about the left third of the signature; centred in the area when there is no signature image.
            var right = signing.SignatureImagePng is null ? imageArea.X + (imageArea.Width + d) / 2 : signatureRect.X + signatureRect.Width / 3;
            graphics.DrawImage(seal, new XRect(right - d, centreY - d / 2, d, d));
        }
        info.Draw(graphics, box.X, box.Y + box.Height - info.ContentHeight);
    }

    private static void DrawTextOnly(XGraphics graphics, TextMeasurer measurer, PdfSigning signing, XRect box)
    {
        var lines = new List<string> { $"Người ký: {signing.SignerName}" };
        if (!string.IsNullOrWhiteSpace(signing.SignerPosition))
        {
            lines.Add($"Chức vụ: {signing.SignerPosition}");
        }
        lines.Add($"Cơ quan: {signing.AgencyName}");
        lines.Add($"Thời gian ký: {signing.SigningTimeText}");
        var padding = 4.0;
        var text = Info(measurer, box.Width - 2 * padding, string.Join('\n', lines));
        var height = Math.Min(box.Height, text.ContentHeight + 2 * padding);
        var top = box.Y + (box.Height - height) / 2;
        graphics.DrawRectangle(Frame, box.X, top, box.Width, height);
        text.Draw(graphics, box.X + padding, top + padding);
    }

    private static ParagraphLayout Info(TextMeasurer measurer, double width, string text) =>
        ParagraphLayout.Create(
            new Paragraph(text) { FontSize = InfoSize, Alignment = TextAlignment.Center, SpaceAfter = 0 },
            measurer,
            Math.Max(1, width));

    // DrawImage copies the pixels into the document, so the XImage can be disposed right after drawing.
    private static XImage Image(byte[] png) => XImage.FromStream(new MemoryStream(png, writable: false));
}
