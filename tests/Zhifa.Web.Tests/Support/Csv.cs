using System.Net.Http.Headers;
using System.Text;

namespace Zhifa.Web.Tests.Support;

/// <summary>Request bodies holding import files.</summary>
public static class Csv
{
    public static ByteArrayContent Content(string text) => Content(Encoding.UTF8.GetBytes(text));

    public static ByteArrayContent Content(byte[] bytes, string mediaType = "text/csv")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }
}
