using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Signatures;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Lays out a <see cref="ReportDocument"/> and writes it as PDF; the same input gives the same bytes.</summary>
public static class PdfRenderer
{
    public static byte[] Render(ReportDocument document) => Render(document, signing: null);

    public static void Render(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Render(document));
    }

    /// <summary>
    /// Renders and, when <paramref name="signing"/> is given, signs: the visible signature is drawn in the document's
    /// <see cref="SignatureBox"/> (or at <see cref="PdfSigning.Placement"/>) and the whole file is signed (CMS
    /// detached, SHA-256). The deterministic stamping happens before the hash, so the signed file validates and, with
    /// an RSA key, the same document, certificate and signing time give the same bytes. A draft cannot be signed.
    /// </summary>
    public static byte[] Render(ReportDocument document, PdfSigning? signing)
    {
        ArgumentNullException.ThrowIfNull(document);
        Validate(document, signing);
        PdfFonts.EnsureRegistered();

        using var pdf = new PdfDocument();
        pdf.Options.CompressContentStreams = true;
        DocumentMetadata.Apply(pdf, document.Info);
        using var measurer = new TextMeasurer();
        using (var flow = new PageFlow(pdf, document.PageSetup, document.PageNumbering, measurer, document.DraftMark))
        {
            if (document.Sections.Count == 0)
            {
                flow.StartSection(PageOrientation.Portrait); // PDFsharp cannot save a document without pages.
            }
            foreach (var section in document.Sections)
            {
                flow.StartSection(section.Orientation);
                var blocks = section.Blocks.Select(b => b.Layout(measurer, flow.ContentWidth)).ToList();
                StackLayout.FlowAll(blocks, flow);
            }
            if (document.VerificationFooter is { } footer)
            {
                flow.PlaceAtBottom(footer.Layout(measurer, flow.ContentWidth));
            }
        }

        using var output = new MemoryStream();
        if (signing is null)
        {
            pdf.Save(output, closeStream: false);
            return DeterministicOutput.Stamp(output.ToArray());
        }
        Sign(pdf, measurer, signing, output);
        return output.ToArray();
    }

    private static void Validate(ReportDocument document, PdfSigning? signing)
    {
        if (signing is null)
        {
            return;
        }
        if (!string.IsNullOrWhiteSpace(document.DraftMark))
        {
            throw new ArgumentException($"A draft (\"{document.DraftMark}\") cannot be signed; clear DraftMark to issue it.", nameof(signing));
        }
        if (!signing.Certificate.HasPrivateKey)
        {
            throw new ArgumentException("The signing certificate has no private key (load the PKCS#12 file with its password).", nameof(signing));
        }
    }

    private static void Sign(PdfDocument pdf, TextMeasurer measurer, PdfSigning signing, MemoryStream output)
    {
        var placement = measurer.State.SignatureBox ?? signing.Placement
            ?? throw new ArgumentException("The document has no SignatureBox and the signing gives no Placement: there is nowhere to show the signature.", nameof(signing));
        if (placement.PageIndex < 0 || placement.PageIndex >= pdf.PageCount)
        {
            throw new ArgumentOutOfRangeException(nameof(signing), placement.PageIndex, "The signature placement is on a page the document does not have.");
        }
        var page = pdf.Pages[placement.PageIndex];
        var area = new XRect(placement.X, placement.Y, placement.Width, placement.Height);
        using (var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append))
        {
            SignatureAppearance.Draw(graphics, measurer, signing, area);
        }

        var signer = new CmsDigitalSigner(signing.Certificate, () => DeterministicOutput.StampBeforeSigning(output, signing.SigningTime));
        DigitalSignatureHandler.ForDocument(pdf, signer, new DigitalSignatureOptions
        {
            Reason = signing.Reason,
            Location = signing.Location,
            ContactInfo = signing.ContactInfo,
            AppName = "NguyenTrai.DigitalLiteracy",
            PageIndex = placement.PageIndex,
            // The widget rectangle is in PDF space (origin at the bottom left).
            Rectangle = new XRect(area.X, page.Height.Point - area.Bottom, area.Width, area.Height),
            AppearanceHandler = new NoAppearance(),
        });
        pdf.Save(output, closeStream: false);
    }
}
