using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Commands;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Views;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Channels;
using YouTubeDownloader.YouTube.Videos;

namespace YouTubeDownloader.Api.Contract;

/// <summary>Reads and validates <c>POST /api/download</c>: either a <see cref="StartDownload"/> or the 400 to send back.</summary>
public static class StartDownloadParser
{
    /// <summary>Far above any real request; a bigger body is refused before it is read whole.</summary>
    public const int MaxBodyBytes = JsonBody.MaxBytes;

    /// <param name="acceptPlaylists">True for <c>POST /api/download</c>: a playlist URL starts a playlist task.</param>
    public static async Task<(StartDownload? Start, IActionResult? Error)> ParseAsync(
        HttpRequest request, CancellationToken cancellationToken, bool acceptPlaylists = false)
    {
        var (body, tooLarge) = await JsonBody.ReadAsync<StartDownloadBody>(request, cancellationToken);
        if (tooLarge)
        {
            return (null, TooLarge());
        }

        if (body is null)
        {
            return (null, ApiError.InvalidRequest(Texts.BodyNotObject));
        }

        return Validate(body, acceptPlaylists);
    }

    public static (StartDownload? Start, IActionResult? Error) Validate(StartDownloadBody body, bool acceptPlaylists = false)
    {
        if (string.IsNullOrWhiteSpace(body.Url))
        {
            return (null, ApiError.InvalidRequest(Texts.UrlRequired));
        }

        if (!Quality.TryParse(body.Quality ?? "best", out var quality))
        {
            return (null, ApiError.InvalidRequest(
                Texts.InvalidQuality));
        }

        if (!Enum.TryParse<DownloadType>(body.DownloadType ?? "video", ignoreCase: true, out var type)
            || !Enum.IsDefined(type) || int.TryParse(body.DownloadType, out _))
        {
            return (null, ApiError.InvalidRequest(Texts.InvalidDownloadType));
        }

        if (body.FormatId is not null && !FormatId.IsValid(body.FormatId))
        {
            return (null, ApiError.InvalidRequest(Texts.InvalidFormatId));
        }

        if (!TryReadSubtitles(body, out var subtitles))
        {
            return (null, ApiError.InvalidRequest(Texts.InvalidSubtitles(SubtitleChoice.MaxLanguages)));
        }

        if (!ClipSpan.TryRead(body.Start, body.End, out var clip))
        {
            return (null, ApiError.InvalidRequest(Texts.InvalidClipTime));
        }

        if (clip is { LengthMs: <= 0 })
        {
            return (null, ApiError.InvalidRequest(Texts.ClipEndNotAfterStart));
        }

        // "quality": "audio" and "download_type": "audio" mean the same; either makes both audio.
        if (quality.Value.AudioOnly || type == DownloadType.Audio)
        {
            (quality, type) = (Quality.Audio, DownloadType.Audio);
        }

        if (!TryReadAudioFormat(body.AudioFormat, out var audioFormat))
        {
            return (null, ApiError.InvalidRequest(Texts.InvalidAudioFormat));
        }

        if (audioFormat == AudioFormat.Opus && type != DownloadType.Audio)
        {
            return (null, ApiError.InvalidRequest(Texts.AudioFormatNeedsAudio));
        }

        // The Ogg rewrap copies the whole stream: it has no cut of its own yet.
        if (audioFormat == AudioFormat.Opus && clip is not null)
        {
            return (null, ApiError.InvalidRequest(Texts.ClipOfOpus));
        }

        // A watch URL with v= and list= names the video unless the body asks for the list (<c>"playlist": true</c>): a shared video link keeps meaning that video.
        if (acceptPlaylists && PlaylistUrl.TryParse(body.Url, includeWatchUrls: body.Playlist == true, out var list))
        {
            return ValidatePlaylist(body, list, quality.Value, type, subtitles, audioFormat);
        }

        if (acceptPlaylists && ChannelUrl.TryParse(body.Url, out var channel))
        {
            return ValidateChannel(body, channel, quality.Value, type, audioFormat);
        }

        if (!VideoUrl.TryParse(body.Url, out var videoId))
        {
            return (null, ApiError.InvalidUrl());
        }

        return (new StartDownload(
            body.Url.Trim(),
            videoId.Value,
            quality.Value,
            type,
            body.FormatId?.Trim(),
            CallbackUrl: body.CallbackUrl?.Trim(),
            Chapters: body.Chapters ?? true,
            Subtitles: subtitles,
            AudioFormat: audioFormat,
            Clip: clip), null);
    }

    /// <summary><c>audio_format</c>: absent or null for M4A, else <c>"m4a"</c> or <c>"opus"</c> (any case).</summary>
    private static bool TryReadAudioFormat(string? text, out AudioFormat format)
    {
        format = AudioFormat.M4a;
        return text is null
               || (Enum.TryParse(text.Trim(), ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(text, out _));
    }

    /// <summary>
    /// <c>subtitles</c>: absent or null for none, <c>"all"</c>, or an array of language codes (<c>"all"</c> among them means
    /// all); an empty array is none. Anything else, a malformed code or too many, is refused.
    /// </summary>
    private static bool TryReadSubtitles(StartDownloadBody body, out SubtitleChoice? choice)
    {
        choice = null;
        var auto = body.AutoSubtitles ?? false;
        if (body.Subtitles is not { ValueKind: not JsonValueKind.Null } value)
        {
            return true;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!.Trim();
            choice = string.Equals(text, SubtitleChoice.AllText, StringComparison.OrdinalIgnoreCase) ? new SubtitleChoice([SubtitleChoice.AllText], auto) : null;
            return choice is not null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > SubtitleChoice.MaxLanguages)
        {
            return false;
        }

        var languages = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            var code = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : null;
            if (string.Equals(code, SubtitleChoice.AllText, StringComparison.OrdinalIgnoreCase))
            {
                choice = new SubtitleChoice([SubtitleChoice.AllText], auto);
                return true;
            }

            if (!SubtitleChoice.IsLanguageCode(code))
            {
                return false;
            }

            if (!languages.Contains(code!, StringComparer.OrdinalIgnoreCase))
            {
                languages.Add(code!);
            }
        }

        choice = languages.Count == 0 ? null : new SubtitleChoice(languages, auto);
        return true;
    }

    private static (StartDownload?, IActionResult?) ValidatePlaylist(
        StartDownloadBody body, PlaylistId? list, Quality quality, DownloadType type, SubtitleChoice? subtitles, AudioFormat audioFormat)
    {
        if (list is not { } id)
        {
            return (null, ApiError.InvalidPlaylistId());
        }

        if (id.IsMix)
        {
            return (null, ApiError.MixPlaylist());
        }

        if (body.Start is { ValueKind: not JsonValueKind.Null } || body.End is { ValueKind: not JsonValueKind.Null })
        {
            return (null, ApiError.InvalidRequest(Texts.ClipWithPlaylist));
        }

        if (body.FormatId is not null)
        {
            // Itags belong to one video; a list's videos each offer their own.
            return (null, ApiError.InvalidRequest(Texts.FormatIdWithPlaylist));
        }

        // The entries each ask for the list's chapters and subtitles options.
        return (new StartDownload(
            body.Url!.Trim(), null, quality, type, ListId: id.Value, CallbackUrl: body.CallbackUrl?.Trim(), Chapters: body.Chapters ?? true, Subtitles: subtitles,
            AudioFormat: audioFormat), null);
    }

    /// <summary>A channel downloads as the playlist of its uploads; one named by handle is resolved by the workflow (its list id is then the channel's path).</summary>
    private static (StartDownload?, IActionResult?) ValidateChannel(
        StartDownloadBody body, ChannelUrl? channel, Quality quality, DownloadType type, AudioFormat audioFormat)
    {
        if (ChannelRequest.Refusal(channel) is { } refusal)
        {
            return (null, refusal);
        }

        if (body.Start is { ValueKind: not JsonValueKind.Null } || body.End is { ValueKind: not JsonValueKind.Null })
        {
            return (null, ApiError.InvalidRequest(Texts.ClipWithPlaylist));
        }

        if (body.FormatId is not null)
        {
            return (null, ApiError.InvalidRequest(Texts.FormatIdWithPlaylist));
        }

        var list = channel!.ChannelId is { } id ? ChannelIds.Uploads(id).Value : channel.Path;
        return (new StartDownload(body.Url!.Trim(), null, quality, type, ListId: list, CallbackUrl: body.CallbackUrl?.Trim(), AudioFormat: audioFormat), null);
    }

    private static IActionResult TooLarge() =>
        ApiError.InvalidRequest(Texts.BodyTooLarge(MaxBodyBytes));
}
