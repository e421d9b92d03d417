using ZXing;
using ZXing.Common;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>Decodes a QR code from a rasterised page with ZXing.Net, as a phone camera would from a print.</summary>
internal static class QrDecoder
{
    public static string? Decode(GrayPage page)
    {
        var reader = new BarcodeReaderGeneric
        {
            Options = new DecodingOptions { TryHarder = true, PossibleFormats = [BarcodeFormat.QR_CODE] },
        };
        var source = new RGBLuminanceSource(page.Pixels, page.Width, page.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        return reader.Decode(source)?.Text;
    }
}
