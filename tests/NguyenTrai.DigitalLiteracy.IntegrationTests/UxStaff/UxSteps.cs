using System.Net.Http.Headers;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Entries;
using NguyenTrai.DigitalLiteracy.TestSupport;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.UxStaff;

/// <summary>Steps of this branch's tests: the create form posted as a browser posts it with a photo, and a real photo.</summary>
internal static class UxSteps
{
    /// <summary>The entry's create form as multipart/form-data (its enctype), with a file in "Photo".</summary>
    public static async Task<HttpResponseMessage> CreateWithPhotoAsync(PortalClient client, EntryKind kind, string title, byte[] photo, string fileName, string type, params (string Key, string? Value)[] changes)
    {
        var captured = await client.CaptureFormAsync(kind.BasePath + "/tao-moi", "[data-testid=entry-form]");
        var fields = captured.Fields.Where(f => f.Key == "__RequestVerificationToken").ToList();
        foreach (var (key, value) in kind.Form(title, changes))
        {
            if (value is not null)
            {
                fields.Add(new(key, value));
            }
        }

        using var form = new MultipartFormDataContent();
        fields.ForEach(f => form.Add(new StringContent(f.Value), f.Key));
        form.Add(new StringContent("Ảnh lớp học"), "PhotoCaption");
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "Photo", fileName);
        return await client.Http.PostAsync(new Uri(captured.Action, UriKind.Relative), form);
    }

    /// <summary>A 40x30 PNG carrying a text chunk, as phones and editors leave them: the stored copy must not have it.</summary>
    public static byte[] PhotoWithMetadata(string hidden)
    {
        using var image = new Image<Rgb24>(40, 30, new Rgb24(155, 28, 28));
        image.Metadata.GetPngMetadata().TextData.Add(new PngTextData("Comment", hidden, "", ""));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }
}
