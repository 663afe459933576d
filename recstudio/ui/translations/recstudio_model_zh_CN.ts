<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>rules</name>
        <message>
            <source>{key} must be a string; stored as {text}</source>
            <comment>R2.import_not_text</comment>
            <extracomment>recstudio/model/importing.py</extracomment>
            <translation>{key} 必须是字符串；已存为 {text}</translation>
        </message>
        <message>
            <source>write "{key}": "…"</source>
            <comment>R2.import_not_text.hint</comment>
            <extracomment>recstudio/model/importing.py</extracomment>
            <translation>写成 "{key}": "…"</translation>
        </message>
        <message>
            <source>key {key} appears more than once; the last value is used</source>
            <comment>JSON.duplicate_key</comment>
            <extracomment>recstudio/model/importing.py</extracomment>
            <translation>键 {key} 出现了多次；使用最后一个值</translation>
        </message>
        <message>
            <source>project mode changed from {old} to {new} for this body</source>
            <comment>R1.import_mode</comment>
            <extracomment>recstudio/model/importing.py</extracomment>
            <translation>对于此请求体，项目模式已从{old}改为{new}</translation>
        </message>
        <message>
            <source>{key} is stored as {stored}, the spelling Agora's servers accept historically (reference §10 #1)</source>
            <comment>SCHEMA.import_spelling</comment>
            <extracomment>recstudio/model/importing.py</extracomment>
            <translation>{key} 已存为 {stored}，这是 Agora 服务器历来接受的拼写（参考 §10 #1）</translation>
        </message>
        <message>
            <source>choose the emitted spelling in the project settings</source>
            <comment>SCHEMA.import_spelling.hint</comment>
            <extracomment>recstudio/model/importing.py</extracomment>
            <translation>在项目设置中选择导出时使用的拼写</translation>
        </message>
        <message>
            <source>both {key} and {stored} are set; {key} was dropped</source>
            <comment>R13.import_both_spellings</comment>
            <extracomment>recstudio/model/importing.py</extracomment>
            <translation>{key} 和 {stored} 同时设置；已丢弃 {key}</translation>
        </message>
        <message>
            <source>keep one spelling of the blacklist</source>
            <comment>R13.import_both_spellings.hint</comment>
            <extracomment>recstudio/model/importing.py</extracomment>
            <translation>黑名单只保留一种拼写</translation>
        </message>
        <message>
            <source>{key} is not a body key and was not imported</source>
            <comment>UNKNOWN_KEY.import_top_level</comment>
            <extracomment>recstudio/model/importing.py</extracomment>
            <translation>{key} 不是请求体的键，未导入</translation>
        </message>
        <message>
            <source>unknown keys are kept inside clientRequest only</source>
            <comment>UNKNOWN_KEY.import_top_level.hint</comment>
            <extracomment>recstudio/model/importing.py</extracomment>
            <translation>未知键只在 clientRequest 内部保留</translation>
        </message>
        <message>
            <source>the body's {key} {value} differs from the project's {current}; the project's is kept</source>
            <comment>R2.import_differs</comment>
            <extracomment>recstudio/model/importing.py</extracomment>
            <translation>请求体的 {key} {value} 与项目的 {current} 不同；保留项目的值</translation>
        </message>
        <message>
            <source>cname and uid must be identical in every call of a recording</source>
            <comment>R2.import_differs.hint</comment>
            <extracomment>recstudio/model/importing.py</extracomment>
            <translation>一次录制的每个调用中 cname 和 uid 必须完全相同</translation>
        </message>
        <message>
            <source>startParameter is not an object and was not imported</source>
            <comment>R6.import_not_object</comment>
            <extracomment>recstudio/model/importing.py</extracomment>
            <translation>startParameter 不是对象，未导入</translation>
        </message>
        <message>
            <source>startParameter differs from the project's start body; recstudio sends the start body as startParameter</source>
            <comment>R6.import_differs</comment>
            <extracomment>recstudio/model/importing.py</extracomment>
            <translation>startParameter 与项目的 start 请求体不同；recstudio 会把 start 请求体作为 startParameter 发送</translation>
        </message>
        <message>
            <source>line {line}, column {column}: {reason}</source>
            <comment>JSON.syntax</comment>
            <extracomment>recstudio/model/jsontext.py</extracomment>
            <translation>第 {line} 行，第 {column} 列：{reason}</translation>
        </message>
        <message>
            <source>maxRecordingHour ({max_recording_hour} h) is longer than acquire's resourceExpiredHour ({expires} h): after that you cannot query or stop the recording, but it keeps billing</source>
            <comment>R5.maxrecordinghour_h_longer</comment>
            <extracomment>recstudio/model/rules/acquire.py</extracomment>
            <translation>maxRecordingHour（{max_recording_hour} 小时）长于 acquire 的 resourceExpiredHour（{expires} 小时）：超过之后无法查询或停止录制，但仍会继续计费</translation>
        </message>
        <message>
            <source>set maxRecordingHour to at most {expires}, or raise resourceExpiredHour</source>
            <comment>R5.maxrecordinghour_h_longer.hint</comment>
            <extracomment>recstudio/model/rules/acquire.py</extracomment>
            <translation>将 maxRecordingHour 设为不超过 {expires}，或调大 resourceExpiredHour</translation>
        </message>
        <message>
            <source>acquire limits the recorder to {region} but the storage region {name} is in {area}</source>
            <comment>R7.acquire_limits_recorder</comment>
            <extracomment>recstudio/model/rules/acquire.py</extracomment>
            <translation>acquire 将录制服务限定在 {region}，但存储区域 {name} 位于 {area}</translation>
        </message>
        <message>
            <source>use a storage region in {region}, or change acquire's region to {area}</source>
            <comment>R7.acquire_limits_recorder.hint</comment>
            <extracomment>recstudio/model/rules/acquire.py</extracomment>
            <translation>使用位于 {region} 的存储区域，或将 acquire 的 region 改为 {area}</translation>
        </message>
        <message>
            <source>{key} still holds the placeholder {value}</source>
            <comment>SECRET.still_holds_placeholder</comment>
            <extracomment>recstudio/model/rules/conflicts.py</extracomment>
            <translation>{key} 仍是占位符 {value}</translation>
        </message>
        <message>
            <source>fill in the real value before sending</source>
            <comment>SECRET.still_holds_placeholder.hint</comment>
            <extracomment>recstudio/model/rules/conflicts.py</extracomment>
            <translation>发送前请填入真实的值</translation>
        </message>
        <message>
            <source>recstudio could not finish the cross-body checks: {exc}</source>
            <comment>INTERNAL.cross_body</comment>
            <extracomment>recstudio/model/rules/crossbody.py</extracomment>
            <translation>recstudio 未能完成跨请求体检查：{exc}</translation>
        </message>
        <message>
            <source>the {body} body uses recorder UID {value} but {first} used {expected}; every call of one recording must use the same one</source>
            <comment>R2.same_uid</comment>
            <extracomment>recstudio/model/rules/crossbody.py</extracomment>
            <translation>{body} 请求体使用的录制用户 ID 为 {value}，但 {first} 使用的是 {expected}；一次录制的每个调用必须使用同一个值</translation>
        </message>
        <message>
            <source>set {key} to {expected}</source>
            <comment>R2.same_uid.hint</comment>
            <extracomment>recstudio/model/rules/crossbody.py</extracomment>
            <translation>将 {key} 设为 {expected}</translation>
        </message>
        <message>
            <source>the {body} body uses channel name {value} but {first} used {expected}; every call of one recording must use the same one</source>
            <comment>R3.same_cname</comment>
            <extracomment>recstudio/model/rules/crossbody.py</extracomment>
            <translation>{body} 请求体使用的频道名为 {value}，但 {first} 使用的是 {expected}；一次录制的每个调用必须使用同一个值</translation>
        </message>
        <message>
            <source>set {key} to {expected}</source>
            <comment>R3.same_cname.hint</comment>
            <extracomment>recstudio/model/rules/crossbody.py</extracomment>
            <translation>将 {key} 设为 {expected}</translation>
        </message>
        <message>
            <source>acquire's startParameter differs from the start request at {where}; start then fails</source>
            <comment>R6.differs_at</comment>
            <extracomment>recstudio/model/rules/crossbody.py</extracomment>
            <translation>acquire 的 startParameter 在 {where} 处与 start 请求不同；start 随后会失败</translation>
        </message>
        <message>
            <source>make startParameter an exact copy of start's clientRequest, or remove it</source>
            <comment>R6.differs_at.hint</comment>
            <extracomment>recstudio/model/rules/crossbody.py</extracomment>
            <translation>让 startParameter 与 start 的 clientRequest 完全一致，或删除它</translation>
        </message>
        <message>
            <source>acquire's startParameter differs from the start request; start then fails</source>
            <comment>R6.differs</comment>
            <extracomment>recstudio/model/rules/crossbody.py</extracomment>
            <translation>acquire 的 startParameter 与 start 请求不同；start 随后会失败</translation>
        </message>
        <message>
            <source>make startParameter an exact copy of start's clientRequest, or remove it</source>
            <comment>R6.differs.hint</comment>
            <extracomment>recstudio/model/rules/crossbody.py</extracomment>
            <translation>让 startParameter 与 start 的 clientRequest 完全一致，或删除它</translation>
        </message>
        <message>
            <source>start set {keys}, which this updateLayout omits: they will be removed</source>
            <comment>R34.dropped</comment>
            <extracomment>recstudio/model/rules/crossbody.py</extracomment>
            <translation>start 设置了 {keys}，而此 updateLayout 省略了它们：它们将被移除</translation>
        </message>
        <message>
            <source>copy them into the updateLayout body to keep them</source>
            <comment>R34.dropped.hint</comment>
            <extracomment>recstudio/model/rules/crossbody.py</extracomment>
            <translation>把它们复制到 updateLayout 请求体中以保留</translation>
        </message>
        <message>
            <source>scene 2 (postponed transcoding) needs appsCollection in the start request</source>
            <comment>R36.scene_postponed_transcoding</comment>
            <extracomment>recstudio/model/rules/crossbody.py</extracomment>
            <translation>scene 2（延时转码）需要 start 请求中包含 appsCollection</translation>
        </message>
        <message>
            <source>add appsCollection/transcodeOptions to start, or use scene 0</source>
            <comment>R36.scene_postponed_transcoding.hint</comment>
            <extracomment>recstudio/model/rules/crossbody.py</extracomment>
            <translation>在 start 中添加 appsCollection/transcodeOptions，或使用 scene 0</translation>
        </message>
        <message>
            <source>the recording was started with streamTypes {stream_types}, so it has no {media} to subscribe</source>
            <comment>R14.recording_was_started</comment>
            <extracomment>recstudio/model/rules/crossbody.py</extracomment>
            <translation>录制启动时 streamTypes 为 {stream_types}，因此没有可订阅的{media}</translation>
        </message>
        <message>
            <source>remove {key}</source>
            <comment>R14.recording_was_started.hint</comment>
            <extracomment>recstudio/model/rules/crossbody.py</extracomment>
            <translation>删除 {key}</translation>
        </message>
        <message>
            <source>recstudio could not finish checking this body: {exc}</source>
            <comment>INTERNAL.body</comment>
            <extracomment>recstudio/model/rules/engine.py</extracomment>
            <translation>recstudio 未能完成对此请求体的检查：{exc}</translation>
        </message>
        <message>
            <source>unknown endpoint {endpoint}; expected one of: {names}</source>
            <comment>R1.unknown_endpoint</comment>
            <extracomment>recstudio/model/rules/engine.py</extracomment>
            <translation>未知的接口 {endpoint}；应为以下之一：{names}</translation>
        </message>
        <message>
            <source>unknown recording mode {mode}</source>
            <comment>R1.unknown_mode</comment>
            <extracomment>recstudio/model/rules/engine.py</extracomment>
            <translation>未知的录制模式 {mode}</translation>
        </message>
        <message>
            <source>use raw, individual (legacy), mix or web</source>
            <comment>R1.unknown_mode.hint</comment>
            <extracomment>recstudio/model/rules/engine.py</extracomment>
            <translation>使用 raw、individual（旧版）、mix 或 web</translation>
        </message>
        <message>
            <source>query is a GET request without a body; this body is not sent</source>
            <comment>R1.query_body</comment>
            <extracomment>recstudio/model/rules/engine.py</extracomment>
            <translation>query 是不带请求体的 GET 请求；此请求体不会被发送</translation>
        </message>
        <message>
            <source>recordingFileConfig is missing; Agora's reference lists it as required (the default is ["hls"])</source>
            <comment>R25.missing_mp4</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>缺少 recordingFileConfig；Agora 的参考文档将其列为必填（默认值为 ["hls"]）</translation>
        </message>
        <message>
            <source>add recordingFileConfig with avFileType ["hls"] (or ["hls", "mp4"])</source>
            <comment>R25.missing_mp4.hint</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>添加 recordingFileConfig，avFileType 设为 ["hls"]（或 ["hls", "mp4"]）</translation>
        </message>
        <message>
            <source>recordingFileConfig is missing; Agora's reference lists it as required (the default is ["hls"])</source>
            <comment>R25.missing</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>缺少 recordingFileConfig；Agora 的参考文档将其列为必填（默认值为 ["hls"]）</translation>
        </message>
        <message>
            <source>add recordingFileConfig with avFileType ["hls"]</source>
            <comment>R25.missing.hint</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>添加 recordingFileConfig，avFileType 设为 ["hls"]</translation>
        </message>
        <message>
            <source>a file type is listed twice</source>
            <comment>R23.file_type_listed</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>某种文件类型列出了两次</translation>
        </message>
        <message>
            <source>use ["hls"] or ["hls", "mp4"]</source>
            <comment>R23.file_type_listed.hint</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>使用 ["hls"] 或 ["hls", "mp4"]</translation>
        </message>
        <message>
            <source>legacy individual mode cannot produce MP4 files; it records HLS (M3U8 + TS)</source>
            <comment>R23.legacy_individual_mode</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>旧版单流录制模式无法生成 MP4 文件；它录制 HLS（M3U8 + TS）</translation>
        </message>
        <message>
            <source>use ["hls"], or switch the project to raw mode (MP4 per uid)</source>
            <comment>R23.legacy_individual_mode.hint</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>使用 ["hls"]，或将项目切换为 raw 模式（每个 uid 一个 MP4）</translation>
        </message>
        <message>
            <source>MP3 output exists only in raw mode (Individual Recording v2), not {mode}</source>
            <comment>R23.mp_output_exists</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>MP3 输出仅在 raw 模式（单流录制 v2）下可用，{mode}模式不支持</translation>
        </message>
        <message>
            <source>remove "mp3", or switch the project to raw mode</source>
            <comment>R23.mp_output_exists.hint</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>删除 "mp3"，或将项目切换为 raw 模式</translation>
        </message>
        <message>
            <source>MP3 holds audio only, but streamTypes 1 records video only</source>
            <comment>R23.mp_holds_audio</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>MP3 只包含音频，但 streamTypes 1 只录制视频</translation>
        </message>
        <message>
            <source>set streamTypes to 0 or 2, or remove "mp3"</source>
            <comment>R23.mp_holds_audio.hint</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>将 streamTypes 设为 0 或 2，或删除 "mp3"</translation>
        </message>
        <message>
            <source>screenshots (snapshotConfig) are only available in raw (individual) mode, not {mode}</source>
            <comment>R24.screenshots_snapshotconfig_available</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>截图（snapshotConfig）仅在 raw（单流）模式下可用，{mode}模式不支持</translation>
        </message>
        <message>
            <source>remove snapshotConfig, or switch the project to raw mode</source>
            <comment>R24.screenshots_snapshotconfig_available.hint</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>删除 snapshotConfig，或将项目切换为 raw 模式</translation>
        </message>
        <message>
            <source>Agora's 2026 documentation says screenshots are only available in raw mode; legacy individual mode may stop taking them</source>
            <comment>R24.agora_s_documentation</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>Agora 2026 年的文档称截图仅在 raw 模式下可用；旧版单流录制模式可能不再截图</translation>
        </message>
        <message>
            <source>switch the project to raw mode</source>
            <comment>R24.agora_s_documentation.hint</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>将项目切换为 raw 模式</translation>
        </message>
        <message>
            <source>screenshots need video, but streamTypes 0 records audio only</source>
            <comment>R24.screenshots_need_video</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>截图需要视频，但 streamTypes 0 只录制音频</translation>
        </message>
        <message>
            <source>set streamTypes to 1 (video) or 2 (audio and video)</source>
            <comment>R24.screenshots_need_video.hint</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>将 streamTypes 设为 1（视频）或 2（音频和视频）</translation>
        </message>
        <message>
            <source>with screenshots, subscribeAudioUids requires subscribeVideoUids too (otherwise no video is subscribed to capture)</source>
            <comment>R24.screenshots_subscribeaudiouids_requires</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>截图时，设置 subscribeAudioUids 也必须设置 subscribeVideoUids（否则没有订阅可截取的视频）</translation>
        </message>
        <message>
            <source>add subscribeVideoUids (["#allstream#"] for everyone)</source>
            <comment>R24.screenshots_subscribeaudiouids_requires.hint</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>添加 subscribeVideoUids（["#allstream#"] 表示所有人）</translation>
        </message>
        <message>
            <source>a capture interval of {interval} s is below the current minimum of 5 s (older docs allowed 1 s)</source>
            <comment>R24.capture_interval_s</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>截图间隔 {interval} 秒低于当前最小值 5 秒（旧文档允许 1 秒）</translation>
        </message>
        <message>
            <source>use 5 seconds or more</source>
            <comment>R24.capture_interval_s.hint</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>使用 5 秒或更长</translation>
        </message>
        <message>
            <source>web recording without recordingFileConfig: the docs disagree whether it is required</source>
            <comment>R25.web_recording_without</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>页面录制未设置 recordingFileConfig：文档对其是否必填说法不一</translation>
        </message>
        <message>
            <source>add recordingFileConfig with avFileType ["hls"] (or ["hls", "mp4"])</source>
            <comment>R25.web_recording_without.hint</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>添加 recordingFileConfig，avFileType 设为 ["hls"]（或 ["hls", "mp4"]）</translation>
        </message>
        <message>
            <source>MP4 can only be recorded together with HLS; ["mp4"] alone is rejected (code 2)</source>
            <comment>R23.mp_can_recorded</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>MP4 只能与 HLS 一起录制；单独的 ["mp4"] 会被拒绝（code 2）</translation>
        </message>
        <message>
            <source>use ["hls", "mp4"]</source>
            <comment>R23.mp_can_recorded.hint</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>使用 ["hls", "mp4"]</translation>
        </message>
        <message>
            <source>with only "mp3" the recorded video is not kept in any file</source>
            <comment>R23.mp_recorded_video</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>只有 "mp3" 时，录制的视频不会保存到任何文件</translation>
        </message>
        <message>
            <source>add "hls" (or "hls" and "mp4"), or set streamTypes to 0 (audio only)</source>
            <comment>R23.mp_recorded_video.hint</comment>
            <extracomment>recstudio/model/rules/files.py</extracomment>
            <translation>添加 "hls"（或 "hls" 和 "mp4"），或将 streamTypes 设为 0（仅音频）</translation>
        </message>
        <message>
            <source>updateLayout exists only in mix (composite) mode, not in {mode} mode</source>
            <comment>R1.updatelayout_exists_mix</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>updateLayout 仅存在于合流录制模式，{mode}模式下没有</translation>
        </message>
        <message>
            <source>switch the project to mix mode, or use update instead</source>
            <comment>R1.updatelayout_exists_mix.hint</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>将项目切换为合流录制模式，或改用 update</translation>
        </message>
        <message>
            <source>the channel name is {size} bytes; RTC channel names must be under 64 bytes</source>
            <comment>R3.channel_name_bytes</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>频道名为 {size} 字节；RTC 频道名必须少于 64 字节</translation>
        </message>
        <message>
            <source>use the exact channel name your app joins (it cannot be this long)</source>
            <comment>R3.channel_name_bytes.hint</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>使用你的 App 实际加入的频道名（它不可能这么长）</translation>
        </message>
        <message>
            <source>the channel name contains characters RTC channels cannot use: {shown}</source>
            <comment>R3.channel_name_contains</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>频道名包含 RTC 频道不能使用的字符：{shown}</translation>
        </message>
        <message>
            <source>allowed: letters, digits, space and ! # $ % &amp; ( ) + - : ; &lt; = . &gt; ? @ [ ] ^ _ {{ }} | ~ ,</source>
            <comment>R3.channel_name_contains.hint</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>允许：字母、数字、空格以及 ! # $ % &amp; ( ) + - : ; &lt; = . &gt; ? @ [ ] ^ _ {{ }} | ~ ,</translation>
        </message>
        <message>
            <source>scene 1 is for web page recording; {mode} mode needs scene 0</source>
            <comment>R4.scene_web_page</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>scene 1 用于页面录制；{mode}模式需要 scene 0</translation>
        </message>
        <message>
            <source>set scene to 0</source>
            <comment>R4.scene_web_page.hint</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>将 scene 设为 0</translation>
        </message>
        <message>
            <source>the web recording label is {size} bytes; older and Chinese docs allow only 128 bytes</source>
            <comment>R3.web_recording_label</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>页面录制的标识为 {size} 字节；旧版文档和中文文档只允许 128 字节</translation>
        </message>
        <message>
            <source>keep it within 128 bytes to be safe</source>
            <comment>R3.web_recording_label.hint</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>保险起见，保持在 128 字节以内</translation>
        </message>
        <message>
            <source>scene {scene} no longer takes effect in raw mode (Individual Recording v2)</source>
            <comment>R4.scene_longer_takes</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>scene {scene} 在 raw 模式（单流录制 v2）下不再生效</translation>
        </message>
        <message>
            <source>remove scene from the acquire body</source>
            <comment>R4.scene_longer_takes.hint</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>从 acquire 请求体中删除 scene</translation>
        </message>
        <message>
            <source>web page recording needs scene 1, but scene is missing (so 0)</source>
            <comment>R4.web_scene_missing</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>页面录制需要 scene 1，但未设置 scene（即为 0）</translation>
        </message>
        <message>
            <source>set scene to 1</source>
            <comment>R4.web_scene_missing.hint</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>将 scene 设为 1</translation>
        </message>
        <message>
            <source>web page recording needs scene 1, but scene is {scene}</source>
            <comment>R4.web_scene</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>页面录制需要 scene 1，但 scene 为 {scene}</translation>
        </message>
        <message>
            <source>set scene to 1</source>
            <comment>R4.web_scene.hint</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>将 scene 设为 1</translation>
        </message>
        <message>
            <source>scene 2 (postponed transcoding) exists only in individual mode</source>
            <comment>R4.scene_postponed_transcoding</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>scene 2（延时转码）仅存在于单流录制模式</translation>
        </message>
        <message>
            <source>set scene to 0</source>
            <comment>R4.scene_postponed_transcoding.hint</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>将 scene 设为 0</translation>
        </message>
        <message>
            <source>scene 2 (postponed transcoding / audio mixing) is a legacy feature dropped from Agora's current reference</source>
            <comment>R4.scene_postponed_transcoding_2</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>scene 2（延时转码/延时混音）是旧版功能，已从 Agora 当前的参考文档中移除</translation>
        </message>
        <message>
            <source>use scene 0 unless your account still has postponed transcoding</source>
            <comment>R4.scene_postponed_transcoding_2.hint</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>除非你的账号仍支持延时转码，否则使用 scene 0</translation>
        </message>
        <message>
            <source>Agora advises not to set region together with postponed transcoding</source>
            <comment>R4.agora_advises_set</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>Agora 建议不要在延时转码时同时设置 region</translation>
        </message>
        <message>
            <source>remove region</source>
            <comment>R4.agora_advises_set.hint</comment>
            <extracomment>recstudio/model/rules/identity.py</extracomment>
            <translation>删除 region</translation>
        </message>
        <message>
            <source>postponed transcoding and audio mixing are legacy features dropped from Agora's current reference</source>
            <comment>R36.postponed_transcoding_audio</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>延时转码和延时混音是旧版功能，已从 Agora 当前的参考文档中移除</translation>
        </message>
        <message>
            <source>check that your account still supports them</source>
            <comment>R36.postponed_transcoding_audio.hint</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>确认你的账号仍支持这些功能</translation>
        </message>
        <message>
            <source>postponed transcoding needs acquire scene 2, but the scene is {scene}</source>
            <comment>R36.postponed_transcoding_needs</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>延时转码需要 acquire 的 scene 为 2，但 scene 为 {scene}</translation>
        </message>
        <message>
            <source>set scene to 2 in the acquire body</source>
            <comment>R36.postponed_transcoding_needs.hint</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>在 acquire 请求体中将 scene 设为 2</translation>
        </message>
        <message>
            <source>web page recording does not join an RTC channel, so the token is ignored</source>
            <comment>R35.web_page_recording</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>页面录制不加入 RTC 频道，因此 token 会被忽略</translation>
        </message>
        <message>
            <source>remove token</source>
            <comment>R35.web_page_recording.hint</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>删除 token</translation>
        </message>
        <message>
            <source>audio mixing writes "mp3", "m4a" or "aac"; "mp4" is for postponed transcoding</source>
            <comment>R36.audio_mixing_writes</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>延时混音输出 "mp3"、"m4a" 或 "aac"；"mp4" 用于延时转码</translation>
        </message>
        <message>
            <source>set format to "mp3" (the default)</source>
            <comment>R36.audio_mixing_writes.hint</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>将 format 设为 "mp3"（默认值）</translation>
        </message>
        <message>
            <source>audio mixing needs streamTypes 0 (audio only)</source>
            <comment>R36.audio_mixing_needs</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>延时混音需要 streamTypes 0（仅音频）</translation>
        </message>
        <message>
            <source>set streamTypes to 0</source>
            <comment>R36.audio_mixing_needs.hint</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>将 streamTypes 设为 0</translation>
        </message>
        <message>
            <source>audio mixing needs streamMode "original"</source>
            <comment>R36.audio_mixing_needs_2</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>延时混音需要 streamMode "original"</translation>
        </message>
        <message>
            <source>set streamMode to "original"</source>
            <comment>R36.audio_mixing_needs_2.hint</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>将 streamMode 设为 "original"</translation>
        </message>
        <message>
            <source>audio mixing with acquire scene 0 follows the 2023 docs; the 2025 docs use scene 2</source>
            <comment>R36.audio_mixing_acquire</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>acquire scene 0 的延时混音遵循 2023 年的文档；2025 年的文档使用 scene 2</translation>
        </message>
        <message>
            <source>set acquire scene to 2 if start fails</source>
            <comment>R36.audio_mixing_acquire.hint</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>如果 start 失败，将 acquire 的 scene 设为 2</translation>
        </message>
        <message>
            <source>{key} (postponed transcoding / audio mixing) exists only in individual mode</source>
            <comment>R36.postponed_transcoding_audio_2</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>{key}（延时转码/延时混音）仅存在于单流录制模式</translation>
        </message>
        <message>
            <source>remove {key}</source>
            <comment>R36.postponed_transcoding_audio_2.hint</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>删除 {key}</translation>
        </message>
        <message>
            <source>postponed transcoding only produces "mp4", not "{file_format}"</source>
            <comment>R36.postponed_transcoding_produces</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>延时转码只生成 "mp4"，不生成 "{file_format}"</translation>
        </message>
        <message>
            <source>set format to "mp4"</source>
            <comment>R36.postponed_transcoding_produces.hint</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>将 format 设为 "mp4"</translation>
        </message>
        <message>
            <source>the audio block is only used with transMode audioMix</source>
            <comment>R36.audio_block_used</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>audio 块仅在 transMode 为 audioMix 时使用</translation>
        </message>
        <message>
            <source>remove audio</source>
            <comment>R36.audio_block_used.hint</comment>
            <extracomment>recstudio/model/rules/misc.py</extracomment>
            <translation>删除 audio</translation>
        </message>
        <message>
            <source>{lower_key} is the spelling of Agora's 2026 reference; recstudio writes {black_key}, the spelling known to work</source>
            <comment>R13.spelling_agora_s</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>{lower_key} 是 Agora 2026 年参考文档的拼写；recstudio 写作 {black_key}，这是已知可用的拼写</translation>
        </message>
        <message>
            <source>export and the app write it as {black_key} unless the project's blacklist spelling setting says otherwise</source>
            <comment>R13.spelling_agora_s.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>导出和本应用都写作 {black_key}，除非项目的黑名单拼写设置另有规定</translation>
        </message>
        <message>
            <source>both {black_key} and {lower_key} are given; they are the same list</source>
            <comment>R13.both_given_they</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>同时给出了 {black_key} 和 {lower_key}；它们是同一个列表</translation>
        </message>
        <message>
            <source>keep only {black_key}</source>
            <comment>R13.both_given_they.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>只保留 {black_key}</translation>
        </message>
        <message>
            <source>{white_key} and {black_key} cannot be used together</source>
            <comment>R13.cannot_used_together</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>{white_key} 和 {black_key} 不能同时使用</translation>
        </message>
        <message>
            <source>keep either the subscribe list or the unsubscribe list of this media</source>
            <comment>R13.cannot_used_together.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>对这种媒体只保留订阅列表或取消订阅列表之一</translation>
        </message>
        <message>
            <source>an empty UID list is ambiguous and Agora advises against it</source>
            <comment>R13.empty_uid_list</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>空的用户 ID 列表含义不明，Agora 建议不要使用</translation>
        </message>
        <message>
            <source>remove the key, or list UIDs (["#allstream#"] means everyone)</source>
            <comment>R13.empty_uid_list.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>删除该键，或列出用户 ID（["#allstream#"] 表示所有人）</translation>
        </message>
        <message>
            <source>the list has {count} UIDs; at most {most} are allowed</source>
            <comment>R13.list_uids_most</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>列表中有 {count} 个用户 ID；最多允许 {most} 个</translation>
        </message>
        <message>
            <source>remove UIDs, or use ["#allstream#"] for everyone</source>
            <comment>R13.list_uids_most.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>删除一些用户 ID，或使用 ["#allstream#"] 表示所有人</translation>
        </message>
        <message>
            <source>{mode} mode requires recordingConfig</source>
            <comment>R8.mode_requires_recordingconfig</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>{mode}模式需要 recordingConfig</translation>
        </message>
        <message>
            <source>add recordingConfig with at least "channelType"</source>
            <comment>R8.mode_requires_recordingconfig.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>添加 recordingConfig，至少包含 "channelType"</translation>
        </message>
        <message>
            <source>channelType is required: it must match your app's channel profile</source>
            <comment>R8.channeltype_required_must</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>channelType 为必填项：必须与你的 App 的频道场景一致</translation>
        </message>
        <message>
            <source>0 = communication, 1 = live broadcast</source>
            <comment>R8.channeltype_required_must.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>0 = 通信，1 = 直播</translation>
        </message>
        <message>
            <source>streamMode was removed in raw mode (Individual Recording v2): raw always writes one combined audio+video M3U8 per uid</source>
            <comment>R11.streammode_was_removed</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>raw 模式（单流录制 v2）已移除 streamMode：raw 总是为每个 uid 写一个音视频合并的 M3U8</translation>
        </message>
        <message>
            <source>remove streamMode, or switch the project to legacy individual mode</source>
            <comment>R11.streammode_was_removed.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>删除 streamMode，或将项目切换为旧版单流录制模式</translation>
        </message>
        <message>
            <source>streamMode only applies to individual mode; {mode} mode ignores it</source>
            <comment>R11.streammode_applies_individual</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>streamMode 仅适用于单流录制模式；{mode}模式会忽略它</translation>
        </message>
        <message>
            <source>remove streamMode</source>
            <comment>R11.streammode_applies_individual.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>删除 streamMode</translation>
        </message>
        <message>
            <source>streamMode "original" only works with streamTypes 0 (audio only), but streamTypes is {stream_types} ({streams})</source>
            <comment>R11.streammode_original_works</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>streamMode "original" 仅适用于 streamTypes 0（仅音频），但 streamTypes 为 {stream_types}（{streams}）</translation>
        </message>
        <message>
            <source>set streamTypes to 0, or use streamMode "standard"</source>
            <comment>R11.streammode_original_works.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>将 streamTypes 设为 0，或使用 streamMode "standard"</translation>
        </message>
        <message>
            <source>{mode} mode requires subscribeUidGroup (how many UIDs you subscribe)</source>
            <comment>R12.group_missing</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>{mode}模式需要 subscribeUidGroup（订阅的用户 ID 数量）</translation>
        </message>
        <message>
            <source>set it to {needed}</source>
            <comment>R12.group_missing.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>将其设为 {needed}</translation>
        </message>
        <message>
            <source>{mode} mode requires subscribeUidGroup (how many UIDs you subscribe)</source>
            <comment>R12.group_missing_bands</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>{mode}模式需要 subscribeUidGroup（订阅的用户 ID 数量）</translation>
        </message>
        <message>
            <source>0 = 1–2 UIDs … 5 = 33–49 UIDs</source>
            <comment>R12.group_missing_bands.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>0 = 1–2 个用户 ID … 5 = 33–49 个用户 ID</translation>
        </message>
        <message>
            <source>subscribeUidGroup {group} covers {low}–{high} UIDs, but {count} distinct UIDs are subscribed across the audio and video lists</source>
            <comment>R12.group_small</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>subscribeUidGroup {group} 覆盖 {low}–{high} 个用户 ID，但音频和视频列表中共订阅了 {count} 个不同的用户 ID</translation>
        </message>
        <message>
            <source>set subscribeUidGroup to {needed}</source>
            <comment>R12.group_small.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>将 subscribeUidGroup 设为 {needed}</translation>
        </message>
        <message>
            <source>subscribeUidGroup {group} covers {low}–{high} UIDs, but {count} distinct UIDs are subscribed across the audio and video lists</source>
            <comment>R12.group_too_many</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>subscribeUidGroup {group} 覆盖 {low}–{high} 个用户 ID，但音频和视频列表中共订阅了 {count} 个不同的用户 ID</translation>
        </message>
        <message>
            <source>subscribe at most 49 distinct UIDs</source>
            <comment>R12.group_too_many.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>最多订阅 49 个不同的用户 ID</translation>
        </message>
        <message>
            <source>decryptionMode {mode} needs the decryption secret your app uses</source>
            <comment>R15.decryptionmode_needs_decryption</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>decryptionMode {mode} 需要你的 App 使用的解密密钥</translation>
        </message>
        <message>
            <source>enter the same encryption key the RTC SDK uses</source>
            <comment>R15.decryptionmode_needs_decryption.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>输入与 RTC SDK 相同的加密密钥</translation>
        </message>
        <message>
            <source>a decryption secret is given but decryptionMode is 0 (no decryption)</source>
            <comment>R15.decryption_secret_given</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>给出了解密密钥，但 decryptionMode 为 0（不解密）</translation>
        </message>
        <message>
            <source>set decryptionMode to match your app's encryption, or remove the secret</source>
            <comment>R15.decryption_secret_given.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>将 decryptionMode 设为与你的 App 的加密方式一致，或删除密钥</translation>
        </message>
        <message>
            <source>web page recording does not take recordingConfig</source>
            <comment>R8.web_page_recording</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>页面录制不接受 recordingConfig</translation>
        </message>
        <message>
            <source>remove recordingConfig; web settings go in extensionServiceConfig</source>
            <comment>R8.web_page_recording.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>删除 recordingConfig；页面录制的设置放在 extensionServiceConfig 中</translation>
        </message>
        <message>
            <source>{key} (the composite {what}) is only used in mix mode</source>
            <comment>R10.composite_used_mix</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>{key}（合流的{what}）仅在合流录制模式下使用</translation>
        </message>
        <message>
            <source>remove {key}, or switch the project to mix mode</source>
            <comment>R10.composite_used_mix.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>删除 {key}，或将项目切换为合流录制模式</translation>
        </message>
        <message>
            <source>only the {other} list is set, so no {media} will be recorded at all</source>
            <comment>R14.list_set_will</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>只设置了{other}列表，因此完全不会录制{media}</translation>
        </message>
        <message>
            <source>add {key}: ["#allstream#"] to record everyone's {media}</source>
            <comment>R14.list_set_will.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>添加 {key}: ["#allstream#"] 以录制所有人的{media}</translation>
        </message>
        <message>
            <source>decryptionMode {mode} (GCM2) needs the salt your app uses</source>
            <comment>R15.decryptionmode_gcm_needs</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>decryptionMode {mode}（GCM2）需要你的 App 使用的盐</translation>
        </message>
        <message>
            <source>enter the Base64 encoding of the 32-byte salt</source>
            <comment>R15.decryptionmode_gcm_needs.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>输入 32 字节盐的 Base64 编码</translation>
        </message>
        <message>
            <source>a salt is only used with decryptionMode 7 or 8, not {mode}</source>
            <comment>R15.salt_used_decryptionmode</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>盐仅在 decryptionMode 为 7 或 8 时使用，而不是 {mode}</translation>
        </message>
        <message>
            <source>remove the salt, or choose an AES-GCM2 mode</source>
            <comment>R15.salt_used_decryptionmode.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>删除盐，或选择 AES-GCM2 模式</translation>
        </message>
        <message>
            <source>#allstream# is only allowed in subscribe lists, not in unsubscribe lists</source>
            <comment>R13.allstream_allowed_subscribe</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>#allstream# 只能用于订阅列表，不能用于取消订阅列表</translation>
        </message>
        <message>
            <source>remove it; to record nobody, do not record this media</source>
            <comment>R13.allstream_allowed_subscribe.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>删除它；如果不录制任何人，就不要录制这种媒体</translation>
        </message>
        <message>
            <source>UID {item} is listed twice</source>
            <comment>R13.uid_listed_twice</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>用户 ID {item} 列出了两次</translation>
        </message>
        <message>
            <source>remove the duplicate</source>
            <comment>R13.uid_listed_twice.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>删除重复项</translation>
        </message>
        <message>
            <source>streamTypes {stream_types} records {streams}, so {media} lists are not allowed</source>
            <comment>R14.streamtypes_records_lists</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>streamTypes {stream_types} 录制{streams}，因此不允许{media}列表</translation>
        </message>
        <message>
            <source>remove {key}, or set streamTypes to 2</source>
            <comment>R14.streamtypes_records_lists.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>删除 {key}，或将 streamTypes 设为 2</translation>
        </message>
        <message>
            <source>#allstream# already means everyone; the other UIDs are redundant</source>
            <comment>R13.allstream_already_means</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>#allstream# 已表示所有人；其他用户 ID 是多余的</translation>
        </message>
        <message>
            <source>use ["#allstream#"] alone</source>
            <comment>R13.allstream_already_means.hint</comment>
            <extracomment>recstudio/model/rules/recording.py</extracomment>
            <translation>单独使用 ["#allstream#"]</translation>
        </message>
        <message>
            <source>storageConfig is required: recordings are uploaded to your own cloud storage</source>
            <comment>R7.storageconfig_required_recordings</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>storageConfig 为必填项：录制文件会上传到你自己的云存储</translation>
        </message>
        <message>
            <source>add vendor, region, bucket, accessKey and secretKey</source>
            <comment>R7.storageconfig_required_recordings.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>添加 vendor、region、bucket、accessKey 和 secretKey</translation>
        </message>
        <message>
            <source>the folder path is exactly 128 characters; with the trailing slash it becomes 129</source>
            <comment>R26.folder_path_exactly</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>文件夹路径正好 128 个字符；加上末尾的斜杠就变成 129 个</translation>
        </message>
        <message>
            <source>shorten a folder name by one character to be safe</source>
            <comment>R26.folder_path_exactly.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>保险起见，把某个文件夹名缩短一个字符</translation>
        </message>
        <message>
            <source>vendor {vendor} ({name}) is only in older Agora docs and may no longer work</source>
            <comment>R27.vendor_older_agora</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>vendor {vendor}（{name}）只出现在旧版 Agora 文档中，可能已不可用</translation>
        </message>
        <message>
            <source>choose a current vendor (1 Amazon S3, 2 Alibaba, 3 Tencent, …)</source>
            <comment>R27.vendor_older_agora.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>选择当前支持的厂商（1 Amazon S3、2 阿里云、3 腾讯云…）</translation>
        </message>
        <message>
            <source>{name} region {region} is only in older docs and missing from the current table</source>
            <comment>R27.region_older_docs</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>{name} 的区域 {region} 只出现在旧版文档中，当前的区域表中没有</translation>
        </message>
        <message>
            <source>choose a region of the current table if uploads fail</source>
            <comment>R27.region_older_docs.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>如果上传失败，请选择当前区域表中的区域</translation>
        </message>
        <message>
            <source>region {region} does not exist for {name}</source>
            <comment>R27.region_does_exist</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>{name} 不存在区域 {region}</translation>
        </message>
        <message>
            <source>choose one of: {listed}{more}</source>
            <comment>R27.region_does_exist.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>选择以下之一：{listed}{more}</translation>
        </message>
        <message>
            <source>stsToken works only with Amazon S3, Alibaba OSS and Tencent COS, not vendor {vendor}</source>
            <comment>R28.ststoken_works_amazon</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>stsToken 仅适用于 Amazon S3、阿里云 OSS 和腾讯云 COS，不适用于 vendor {vendor}</translation>
        </message>
        <message>
            <source>remove stsToken and use long-lived keys</source>
            <comment>R28.ststoken_works_amazon.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>删除 stsToken，改用长期密钥</translation>
        </message>
        <message>
            <source>stsExpiration is given without an stsToken</source>
            <comment>R28.stsexpiration_given_without</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>给出了 stsExpiration，但没有 stsToken</translation>
        </message>
        <message>
            <source>add the stsToken</source>
            <comment>R28.stsexpiration_given_without.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>添加 stsToken</translation>
        </message>
        <message>
            <source>stsExpiration looks like milliseconds; it must be a Unix time in seconds</source>
            <comment>R28.stsexpiration_looks_like</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>stsExpiration 看起来是毫秒；它必须是以秒为单位的 Unix 时间</translation>
        </message>
        <message>
            <source>use {seconds}</source>
            <comment>R28.stsexpiration_looks_like.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>使用 {seconds}</translation>
        </message>
        <message>
            <source>the STS token has already expired; Agora requires at least 4 hours of validity</source>
            <comment>R28.sts_expired</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>STS 临时凭证已经过期；Agora 要求至少 4 小时的有效期</translation>
        </message>
        <message>
            <source>issue a token valid for at least 4 h and refresh it with update every hour</source>
            <comment>R28.sts_expired.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>签发有效期至少 4 小时的凭证，并每小时通过 update 刷新</translation>
        </message>
        <message>
            <source>the STS token expires in {hours:.1f} h; Agora requires at least 4 hours of validity</source>
            <comment>R28.sts_short</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>STS 临时凭证将在 {hours:.1f} 小时后过期；Agora 要求至少 4 小时的有效期</translation>
        </message>
        <message>
            <source>issue a token valid for at least 4 h and refresh it with update every hour</source>
            <comment>R28.sts_short.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>签发有效期至少 4 小时的凭证，并每小时通过 update 刷新</translation>
        </message>
        <message>
            <source>{key} is "" (empty), which is treated as absent</source>
            <comment>R29.empty_which_treated</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>{key} 为 ""（空），视为未设置</translation>
        </message>
        <message>
            <source>remove {key}, or set a value</source>
            <comment>R29.empty_which_treated.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>删除 {key}，或设置一个值</translation>
        </message>
        <message>
            <source>server-side encryption (sse) is only supported for Amazon S3, not vendor {vendor}</source>
            <comment>R29.server_side_encryption</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>服务端加密（sse）仅支持 Amazon S3，不支持 vendor {vendor}</translation>
        </message>
        <message>
            <source>remove sse</source>
            <comment>R29.server_side_encryption.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>删除 sse</translation>
        </message>
        <message>
            <source>object tags are only supported for Amazon S3 and Alibaba OSS, not vendor {vendor}</source>
            <comment>R29.object_tags_supported</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>对象标签仅支持 Amazon S3 和阿里云 OSS，不支持 vendor {vendor}</translation>
        </message>
        <message>
            <source>remove tag</source>
            <comment>R29.object_tags_supported.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>删除 tag</translation>
        </message>
        <message>
            <source>S3-compatible storage (vendor 11) needs the storage domain in extensionParams.endpoint</source>
            <comment>R27.s_compatible_storage</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>S3 兼容存储（vendor 11）需要在 extensionParams.endpoint 中填写存储域名</translation>
        </message>
        <message>
            <source>e.g. s3.example.com</source>
            <comment>R27.s_compatible_storage.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>例如 s3.example.com</translation>
        </message>
        <message>
            <source>S3-compatible storage (vendor 11) uses region 0</source>
            <comment>R27.s_compatible_storage_2</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>S3 兼容存储（vendor 11）使用 region 0</translation>
        </message>
        <message>
            <source>set 0</source>
            <comment>R27.s_compatible_storage_2.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>设为 0</translation>
        </message>
        <message>
            <source>{name} ignores the region; Agora's examples send 0</source>
            <comment>R27.ignores_region_agora</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>{name} 会忽略区域；Agora 的示例发送 0</translation>
        </message>
        <message>
            <source>set 0</source>
            <comment>R27.ignores_region_agora.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>设为 0</translation>
        </message>
        <message>
            <source>only the Sandbox can reach a loopback endpoint; Agora's recorders cannot</source>
            <comment>R27.sandbox_can_reach</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>只有沙箱能访问回环地址的 endpoint；Agora 的录制服务无法访问</translation>
        </message>
        <message>
            <source>use the storage's public domain for recordings on Agora</source>
            <comment>R27.sandbox_can_reach.hint</comment>
            <extracomment>recstudio/model/rules/storage.py</extracomment>
            <translation>在 Agora 上录制时使用存储的公网域名</translation>
        </message>
        <message>
            <source>{bitrate} Kbps is low for {width}×{height} at {fps} fps; Agora recommends {recommended} Kbps ({profile} channel)</source>
            <comment>R17.kbps_low_fps</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>对于 {width}×{height}、{fps} fps，{bitrate} Kbps 偏低；Agora 推荐 {recommended} Kbps（{profile}频道）</translation>
        </message>
        <message>
            <source>set bitrate to about {recommended}</source>
            <comment>R17.kbps_low_fps.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>将码率设为约 {recommended}</translation>
        </message>
        <message>
            <source>{fps} fps is not supported; Agora falls back to 15 fps</source>
            <comment>R17.fps_supported_agora</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>不支持 {fps} fps；Agora 会回退到 15 fps</translation>
        </message>
        <message>
            <source>use 1, 7, 10, 15, 24, 30 or 60</source>
            <comment>R17.fps_supported_agora.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>使用 1、7、10、15、24、30 或 60</translation>
        </message>
        <message>
            <source>the image URL uses http://; Agora's English docs require HTTPS</source>
            <comment>R22.image_url_uses</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>图片 URL 使用 http://；Agora 英文文档要求 HTTPS</translation>
        </message>
        <message>
            <source>use an https:// URL</source>
            <comment>R22.image_url_uses.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>使用 https:// URL</translation>
        </message>
        <message>
            <source>the canvas {width}×{height} has {pixels:,} pixels; at most 1920×1080 ({max_pixels:,}) are allowed</source>
            <comment>R17.canvas_pixels_most</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>画布 {width}×{height} 有 {pixels:,} 像素；最多允许 1920×1080（{max_pixels:,}）</translation>
        </message>
        <message>
            <source>reduce width or height (e.g. 1920×1080 or 1080×1920)</source>
            <comment>R17.canvas_pixels_most.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>减小宽度或高度（例如 1920×1080 或 1080×1920）</translation>
        </message>
        <message>
            <source>the custom layout (mixedVideoLayout 3) needs at least one region in layoutConfig</source>
            <comment>R18.custom_layout_mixedvideolayout</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>自定义布局（mixedVideoLayout 3）需要在 layoutConfig 中至少有一个区域</translation>
        </message>
        <message>
            <source>draw regions on the canvas, or choose a preset layout</source>
            <comment>R18.custom_layout_mixedvideolayout.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>在画布上绘制区域，或选择预设布局</translation>
        </message>
        <message>
            <source>layoutConfig is only sent with the custom layout (3), not with {layout} ({name})</source>
            <comment>R18.layoutconfig_sent_custom</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>layoutConfig 仅随自定义布局（3）发送，而不是 {layout}（{name}）</translation>
        </message>
        <message>
            <source>remove layoutConfig, or set mixedVideoLayout to 3</source>
            <comment>R18.layoutconfig_sent_custom.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>删除 layoutConfig，或将 mixedVideoLayout 设为 3</translation>
        </message>
        <message>
            <source>maxResolutionUid only matters in the vertical layout (2); the {name} layout ignores it</source>
            <comment>R19.maxresolutionuid_matters_vertical</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>maxResolutionUid 仅在垂直布局（2）中有效；{name}布局会忽略它</translation>
        </message>
        <message>
            <source>remove it, or set mixedVideoLayout to 2</source>
            <comment>R19.maxresolutionuid_matters_vertical.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>删除它，或将 mixedVideoLayout 设为 2</translation>
        </message>
        <message>
            <source>the vertical layout has no Large user, so the big area shows only the background colour</source>
            <comment>R19.vertical_layout_large</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>垂直布局没有设置大画面用户，因此大区域只显示背景色</translation>
        </message>
        <message>
            <source>set maxResolutionUid to the UID to show large</source>
            <comment>R19.vertical_layout_large.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>将 maxResolutionUid 设为要大画面显示的用户 ID</translation>
        </message>
        <message>
            <source>region {region} sticks out on the right: x_axis + width = {edge:.6g}, more than 1</source>
            <comment>R20.region_sticks_out</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>区域 {region} 超出右边：x_axis + width = {edge:.6g}，大于 1</translation>
        </message>
        <message>
            <source>set width to at most {most:.6g} or move it left</source>
            <comment>R20.region_sticks_out.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>将 width 设为不超过 {most:.6g}，或向左移动</translation>
        </message>
        <message>
            <source>region {region} sticks out at the bottom: y_axis + height = {edge:.6g}, more than 1</source>
            <comment>R20.region_sticks_out_2</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>区域 {region} 超出底部：y_axis + height = {edge:.6g}，大于 1</translation>
        </message>
        <message>
            <source>set height to at most {most:.6g} or move it up</source>
            <comment>R20.region_sticks_out_2.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>将 height 设为不超过 {most:.6g}，或向上移动</translation>
        </message>
        <message>
            <source>alpha 0 makes region {region} fully transparent: this region is invisible</source>
            <comment>R20.alpha_makes_region</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>alpha 为 0 使区域 {region} 完全透明：该区域不可见</translation>
        </message>
        <message>
            <source>set alpha above 0 (1 = opaque), or remove the region</source>
            <comment>R20.alpha_makes_region.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>将 alpha 设为大于 0（1 = 不透明），或删除该区域</translation>
        </message>
        <message>
            <source>uid "" is treated as no uid: region {region} shows users in join order</source>
            <comment>R20.uid_treated_as</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>uid "" 视为未设置 uid：区域 {region} 按加入顺序显示用户</translation>
        </message>
        <message>
            <source>remove the empty uid, or bind the region to a UID</source>
            <comment>R20.uid_treated_as.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>删除空的 uid，或将该区域绑定到一个用户 ID</translation>
        </message>
        <message>
            <source>UID {uid} already has region {first}; the same video appears twice</source>
            <comment>R20.uid_already_region</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>用户 ID {uid} 已有区域 {first}；同一路视频会出现两次</translation>
        </message>
        <message>
            <source>bind this region to another UID</source>
            <comment>R20.uid_already_region.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>将此区域绑定到另一个用户 ID</translation>
        </message>
        <message>
            <source>UID {uid} is not subscribed for video, so region {region} would render black</source>
            <comment>R20.uid_subscribed_video</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>用户 ID {uid} 的视频未被订阅，因此区域 {region} 会显示黑屏</translation>
        </message>
        <message>
            <source>add the UID to subscribeVideoUids (or remove it from unSubscribeVideoUids)</source>
            <comment>R20.uid_subscribed_video.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>将该用户 ID 加入 subscribeVideoUids（或从 unSubscribeVideoUids 中删除）</translation>
        </message>
        <message>
            <source>background images must be JPG or BMP (at most 6 MB); this URL does not end in .jpg, .jpeg or .bmp</source>
            <comment>R22.background_images_must</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>背景图片必须是 JPG 或 BMP（最大 6 MB）；此 URL 不以 .jpg、.jpeg 或 .bmp 结尾</translation>
        </message>
        <message>
            <source>convert the image to JPG</source>
            <comment>R22.background_images_must.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>将图片转换为 JPG</translation>
        </message>
        <message>
            <source>UID {uid} has more than one background image; only one can apply</source>
            <comment>R22.uid_more_one</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>用户 ID {uid} 有多张背景图片；只有一张会生效</translation>
        </message>
        <message>
            <source>remove the duplicate</source>
            <comment>R22.uid_more_one.hint</comment>
            <extracomment>recstudio/model/rules/transcoding.py</extracomment>
            <translation>删除重复项</translation>
        </message>
        <message>
            <source>this update changes nothing</source>
            <comment>R33.update_changes_nothing</comment>
            <extracomment>recstudio/model/rules/update.py</extracomment>
            <translation>此 update 没有任何更改</translation>
        </message>
        <message>
            <source>add streamSubscribe (individual/mix) or webRecordingConfig/rtmpPublishConfig (web)</source>
            <comment>R33.update_changes_nothing.hint</comment>
            <extracomment>recstudio/model/rules/update.py</extracomment>
            <translation>添加 streamSubscribe（单流/合流录制）或 webRecordingConfig/rtmpPublishConfig（页面录制）</translation>
        </message>
        <message>
            <source>this update names only {media}: it replaces the whole subscription, so no {other} will be recorded from now on (unless the recording has no {other})</source>
            <comment>R33.update_names_replaces</comment>
            <extracomment>recstudio/model/rules/update.py</extracomment>
            <translation>此 update 只指定了{media}：它会替换整个订阅，因此从现在起不会录制任何{other}（除非该录制本来就没有{other}）</translation>
        </message>
        <message>
            <source>add {other_list} with {other_key}: ["#allstream#"] to keep everyone's {other}</source>
            <comment>R33.update_names_replaces.hint</comment>
            <extracomment>recstudio/model/rules/update.py</extracomment>
            <translation>添加 {other_list}，并设置 {other_key}: ["#allstream#"]，以保留所有人的{other}</translation>
        </message>
        <message>
            <source>updateLayout replaces the whole layout: every field not given reverts to its default ({resets}; background images are removed)</source>
            <comment>R34.updatelayout_replaces_whole</comment>
            <extracomment>recstudio/model/rules/update.py</extracomment>
            <translation>updateLayout 会替换整个布局：未给出的字段都会恢复为默认值（{resets}；背景图片会被移除）</translation>
        </message>
        <message>
            <source>include every layout field you want to keep</source>
            <comment>R34.updatelayout_replaces_whole.hint</comment>
            <extracomment>recstudio/model/rules/update.py</extracomment>
            <translation>包含所有想保留的布局字段</translation>
        </message>
        <message>
            <source>{key} is fixed when the recording starts and cannot be changed by update</source>
            <comment>R37.fixed_when_recording</comment>
            <extracomment>recstudio/model/rules/update.py</extracomment>
            <translation>{key} 在录制开始时固定，无法通过 update 更改</translation>
        </message>
        <message>
            <source>stop and start a new recording to change it</source>
            <comment>R37.fixed_when_recording.hint</comment>
            <extracomment>recstudio/model/rules/update.py</extracomment>
            <translation>停止并开始新的录制来更改它</translation>
        </message>
        <message>
            <source>web page recording has no stream subscription to update</source>
            <comment>R33.web_page_recording</comment>
            <extracomment>recstudio/model/rules/update.py</extracomment>
            <translation>页面录制没有可更新的流订阅</translation>
        </message>
        <message>
            <source>remove streamSubscribe</source>
            <comment>R33.web_page_recording.hint</comment>
            <extracomment>recstudio/model/rules/update.py</extracomment>
            <translation>删除 streamSubscribe</translation>
        </message>
        <message>
            <source>{key} only exists in web mode, not {mode}</source>
            <comment>R33.exists_web_mode</comment>
            <extracomment>recstudio/model/rules/update.py</extracomment>
            <translation>{key} 仅存在于页面录制模式，{mode}模式下没有</translation>
        </message>
        <message>
            <source>remove {key}</source>
            <comment>R33.exists_web_mode.hint</comment>
            <extracomment>recstudio/model/rules/update.py</extracomment>
            <translation>删除 {key}</translation>
        </message>
        <message>
            <source>{key} is fixed at start; updateLayout cannot change the canvas size, frame rate or bitrate</source>
            <comment>R34.fixed_start_updatelayout</comment>
            <extracomment>recstudio/model/rules/update.py</extracomment>
            <translation>{key} 在 start 时固定；updateLayout 无法更改画布尺寸、帧率或码率</translation>
        </message>
        <message>
            <source>remove {key}</source>
            <comment>R34.fixed_start_updatelayout.hint</comment>
            <extracomment>recstudio/model/rules/update.py</extracomment>
            <translation>删除 {key}</translation>
        </message>
        <message>
            <source>{name} only accepts errorHandlePolicy "{expected}", not "{policy}"</source>
            <comment>R31.accepts_errorhandlepolicy</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>{name} 只接受 errorHandlePolicy "{expected}"，不接受 "{policy}"</translation>
        </message>
        <message>
            <source>set it to "{expected}" or leave it out</source>
            <comment>R31.accepts_errorhandlepolicy.hint</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>将其设为 "{expected}" 或不设置</translation>
        </message>
        <message>
            <source>the page size {width}×{height} has {pixels:,} pixels; at most 1920×1080 ({max_pixels:,}) are allowed</source>
            <comment>R30.page_size_pixels</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>页面尺寸 {width}×{height} 有 {pixels:,} 像素；最多允许 1920×1080（{max_pixels:,}）</translation>
        </message>
        <message>
            <source>reduce videoWidth or videoHeight</source>
            <comment>R30.page_size_pixels.hint</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>减小 videoWidth 或 videoHeight</translation>
        </message>
        <message>
            <source>raw mode rejects extensionServiceConfig (Individual Recording v2 has no extension services)</source>
            <comment>R9.raw_mode_rejects</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>raw 模式不接受 extensionServiceConfig（单流录制 v2 没有扩展服务）</translation>
        </message>
        <message>
            <source>remove extensionServiceConfig</source>
            <comment>R9.raw_mode_rejects.hint</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>删除 extensionServiceConfig</translation>
        </message>
        <message>
            <source>{name} only exists in web mode, not {mode}</source>
            <comment>R9.exists_web_mode</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>{name} 仅存在于页面录制模式，{mode}模式下没有</translation>
        </message>
        <message>
            <source>remove this service, or switch the project to web mode</source>
            <comment>R9.exists_web_mode.hint</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>删除此服务，或将项目切换为页面录制模式</translation>
        </message>
        <message>
            <source>the CDN push needs one output</source>
            <comment>R32.cdn_push_needs</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>CDN 推流需要一个输出</translation>
        </message>
        <message>
            <source>add an rtmpUrl</source>
            <comment>R32.cdn_push_needs.hint</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>添加 rtmpUrl</translation>
        </message>
        <message>
            <source>web page recording needs extensionServiceConfig with a web_recorder_service</source>
            <comment>R9.web_page_recording</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>页面录制需要包含 web_recorder_service 的 extensionServiceConfig</translation>
        </message>
        <message>
            <source>add the page URL, size and maxRecordingHour of the web recorder</source>
            <comment>R9.web_page_recording.hint</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>添加页面录制的页面 URL、尺寸和 maxRecordingHour</translation>
        </message>
        <message>
            <source>web page recording needs a web_recorder_service entry</source>
            <comment>R9.web_page_recording_2</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>页面录制需要一个 web_recorder_service 条目</translation>
        </message>
        <message>
            <source>add a service with serviceName web_recorder_service</source>
            <comment>R9.web_page_recording_2.hint</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>添加 serviceName 为 web_recorder_service 的服务</translation>
        </message>
        <message>
            <source>the ApsaraVideo VoD upload (aliyun_vod_service) is a legacy feature missing from Agora's current reference</source>
            <comment>R9.apsaravideo_vod_upload</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>上传到阿里云视频点播（aliyun_vod_service）是旧版功能，Agora 当前的参考文档中已没有</translation>
        </message>
        <message>
            <source>check that your account still supports it</source>
            <comment>R9.apsaravideo_vod_upload.hint</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>确认你的账号仍支持该功能</translation>
        </message>
        <message>
            <source>{name} is listed twice</source>
            <comment>R9.listed_twice</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>{name} 列出了两次</translation>
        </message>
        <message>
            <source>keep one entry per service</source>
            <comment>R9.listed_twice.hint</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>每个服务只保留一个条目</translation>
        </message>
        <message>
            <source>aliyun_vod_service cannot be used in web mode</source>
            <comment>R9.aliyun_vod_service</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>页面录制模式下不能使用 aliyun_vod_service</translation>
        </message>
        <message>
            <source>remove this service</source>
            <comment>R9.aliyun_vod_service.hint</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>删除此服务</translation>
        </message>
        <message>
            <source>{count} CDN outputs are given; at most one is allowed</source>
            <comment>R32.cdn_outputs_given</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>给出了 {count} 个 CDN 输出；最多允许一个</translation>
        </message>
        <message>
            <source>keep one output; run another recording for a second CDN</source>
            <comment>R32.cdn_outputs_given.hint</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>只保留一个输出；推流到第二个 CDN 请另开一个录制</translation>
        </message>
        <message>
            <source>the CDN address must start with rtmp:// or rtmps://</source>
            <comment>R32.cdn_address_must</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>CDN 地址必须以 rtmp:// 或 rtmps:// 开头</translation>
        </message>
        <message>
            <source>e.g. rtmp://live.example.com/app/streamkey</source>
            <comment>R32.cdn_address_must.hint</comment>
            <extracomment>recstudio/model/rules/web.py</extracomment>
            <translation>例如 rtmp://live.example.com/app/streamkey</translation>
        </message>
        <message>
            <source>{name} must be an http:// or https:// URL (got '{value}')</source>
            <comment>SCHEMA.url_scheme</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须是 http:// 或 https:// URL（实际为 '{value}'）</translation>
        </message>
        <message>
            <source>use a full address starting with https://</source>
            <comment>SCHEMA.url_scheme.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>使用以 https:// 开头的完整地址</translation>
        </message>
        <message>
            <source>{name} must be one of {choices} (got {got})</source>
            <comment>SCHEMA.choice</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须是 {choices} 之一（实际为 {got}）</translation>
        </message>
        <message>
            <source>use one of: {plain}</source>
            <comment>SCHEMA.choice.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>使用以下之一：{plain}</translation>
        </message>
        <message>
            <source>{name}: {reason} (got {got})</source>
            <comment>SCHEMA.other</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name}：{reason}（实际为 {got}）</translation>
        </message>
        <message>
            <source>{name} must be a decimal number from 1 to 4294967295 written as a string (got '{value}')</source>
            <comment>SCHEMA.uid_format</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须是 1 到 4294967295 之间的十进制数字，并写成字符串（实际为 '{value}'）</translation>
        </message>
        <message>
            <source>write the UID as digits in quotes, e.g. "123456"</source>
            <comment>SCHEMA.uid_format.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>用引号括起数字来写用户 ID，例如 "123456"</translation>
        </message>
        <message>
            <source>{name} is {size} bytes long; at most 1024 bytes are allowed</source>
            <comment>SCHEMA.byte_length</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 长 {size} 字节；最多允许 1024 字节</translation>
        </message>
        <message>
            <source>shorten the value</source>
            <comment>SCHEMA.byte_length.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>缩短该值</translation>
        </message>
        <message>
            <source>{name} decodes to {size} bytes; the salt must be 32 bytes</source>
            <comment>SCHEMA.salt_size</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 解码后为 {size} 字节；盐必须是 32 字节</translation>
        </message>
        <message>
            <source>use the Base64 text of exactly 32 bytes</source>
            <comment>SCHEMA.salt_size.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>使用恰好 32 字节的 Base64 文本</translation>
        </message>
        <message>
            <source>{name} is not valid Base64 text</source>
            <comment>SCHEMA.salt_base64</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 不是有效的 Base64 文本</translation>
        </message>
        <message>
            <source>use the Base64 text of exactly 32 bytes</source>
            <comment>SCHEMA.salt_base64.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>使用恰好 32 字节的 Base64 文本</translation>
        </message>
        <message>
            <source>{name} joins to a {size}-character path; at most 128 characters are allowed</source>
            <comment>SCHEMA.prefix_length</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 拼接后的路径有 {size} 个字符；最多允许 128 个字符</translation>
        </message>
        <message>
            <source>use fewer or shorter folder names</source>
            <comment>SCHEMA.prefix_length.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>使用更少或更短的文件夹名</translation>
        </message>
        <message>
            <source>use a value of at least {low}</source>
            <comment>SCHEMA.range_low</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>使用不小于 {low} 的值</translation>
        </message>
        <message>
            <source>{name} must be {wanted} (got {type} {got})</source>
            <comment>SCHEMA.type_quoted</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须是{wanted}（实际为{type} {got}）</translation>
        </message>
        <message>
            <source>write {text} without quotes</source>
            <comment>SCHEMA.type_quoted.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>写成不带引号的 {text}</translation>
        </message>
        <message>
            <source>{name} must be {wanted} (got {type} {got})</source>
            <comment>SCHEMA.type_decimal</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须是{wanted}（实际为{type} {got}）</translation>
        </message>
        <message>
            <source>write {whole} without a decimal point</source>
            <comment>SCHEMA.type_decimal.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>写成不带小数点的 {whole}</translation>
        </message>
        <message>
            <source>{name} must be {wanted} (got {type} {got})</source>
            <comment>SCHEMA.type_number</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须是{wanted}（实际为{type} {got}）</translation>
        </message>
        <message>
            <source>put the value in quotes: "{value}"</source>
            <comment>SCHEMA.type_number.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>给值加上引号："{value}"</translation>
        </message>
        <message>
            <source>{name} must be {wanted} (got {type} {got})</source>
            <comment>SCHEMA.type_bool</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须是{wanted}（实际为{type} {got}）</translation>
        </message>
        <message>
            <source>write true or false without quotes</source>
            <comment>SCHEMA.type_bool.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>写成不带引号的 true 或 false</translation>
        </message>
        <message>
            <source>{name} must be {wanted} (got {type} {got})</source>
            <comment>SCHEMA.type_list</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须是{wanted}（实际为{type} {got}）</translation>
        </message>
        <message>
            <source>put the value in square brackets: [{got}]</source>
            <comment>SCHEMA.type_list.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>把值放在方括号中：[{got}]</translation>
        </message>
        <message>
            <source>{value} ({label})</source>
            <comment>SCHEMA.labelled</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{value}（{label}）</translation>
        </message>
        <message>
            <source>{key} item {index}</source>
            <comment>SCHEMA.item</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{key} 第 {index} 项</translation>
        </message>
        <message>
            <source>{name} is required</source>
            <comment>SCHEMA.missing_bare</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 为必填项</translation>
        </message>
        <message>
            <source>add {key}</source>
            <comment>SCHEMA.missing_bare.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>添加 {key}</translation>
        </message>
        <message>
            <source>{name} must be more than {bound} (got {got})</source>
            <comment>SCHEMA.more_than</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须大于 {bound}（实际为 {got}）</translation>
        </message>
        <message>
            <source>{range}</source>
            <comment>SCHEMA.more_than.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{range}</translation>
        </message>
        <message>
            <source>{name} must be less than {bound} (got {got})</source>
            <comment>SCHEMA.less_than</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须小于 {bound}（实际为 {got}）</translation>
        </message>
        <message>
            <source>{range}</source>
            <comment>SCHEMA.less_than.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{range}</translation>
        </message>
        <message>
            <source>{name} must be {wanted} (got {type} {got})</source>
            <comment>SCHEMA.type</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须是{wanted}（实际为{type} {got}）</translation>
        </message>
        <message>
            <source>use {wanted}</source>
            <comment>SCHEMA.type.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>使用{wanted}</translation>
        </message>
        <message>
            <source>{name} has the wrong format (got {got})</source>
            <comment>SCHEMA.pattern</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 格式错误（实际为 {got}）</translation>
        </message>
        <message>
            <source>the value must match {pattern}</source>
            <comment>SCHEMA.pattern.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>值必须匹配 {pattern}</translation>
        </message>
        <message>
            <source>{name} has {size} characters; at most {limit} allowed</source>
            <comment>SCHEMA.too_long</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 有 {size} 个字符；最多允许 {limit} 个</translation>
        </message>
        <message>
            <source>remove characters until at most {limit} remain</source>
            <comment>SCHEMA.too_long.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>删除字符，直到不超过 {limit} 个</translation>
        </message>
        <message>
            <source>{name} needs at least {limit} {unit}</source>
            <comment>SCHEMA.too_short</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 至少需要 {limit} 个{unit}</translation>
        </message>
        <message>
            <source>add a value to {key}</source>
            <comment>SCHEMA.too_short.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>为 {key} 添加一个值</translation>
        </message>
        <message>
            <source>{name} has more than 6 decimal places (got {value})</source>
            <comment>SCHEMA.decimals</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 的小数位超过 6 位（实际为 {value}）</translation>
        </message>
        <message>
            <source>round it to 6 decimal places: {suggestion}</source>
            <comment>SCHEMA.decimals.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>四舍五入到 6 位小数：{suggestion}</translation>
        </message>
        <message>
            <source>{name}: {reason} (got {got})</source>
            <comment>SCHEMA.other_hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name}：{reason}（实际为 {got}）</translation>
        </message>
        <message>
            <source>{hint}</source>
            <comment>SCHEMA.other_hint.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{hint}</translation>
        </message>
        <message>
            <source>use a value from {low} to {high}</source>
            <comment>SCHEMA.range</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>使用 {low} 到 {high} 之间的值</translation>
        </message>
        <message>
            <source>use a value of at most {high}</source>
            <comment>SCHEMA.range_high</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>使用不大于 {high} 的值</translation>
        </message>
        <message>
            <source>{name} must be one of {choices} (got {got})</source>
            <comment>SCHEMA.choice_case</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须是 {choices} 之一（实际为 {got}）</translation>
        </message>
        <message>
            <source>did you mean {close}? Values are case-sensitive</source>
            <comment>SCHEMA.choice_case.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>你是指 {close} 吗？值区分大小写</translation>
        </message>
        <message>
            <source>{name} must be one of {choices} (got {got})</source>
            <comment>SCHEMA.choice_close</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须是 {choices} 之一（实际为 {got}）</translation>
        </message>
        <message>
            <source>did you mean {close}?</source>
            <comment>SCHEMA.choice_close.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>你是指 {close} 吗？</translation>
        </message>
        <message>
            <source>{name} is required</source>
            <comment>SCHEMA.missing</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 为必填项</translation>
        </message>
        <message>
            <source>add {key} ({what})</source>
            <comment>SCHEMA.missing.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>添加 {key}（{what}）</translation>
        </message>
        <message>
            <source>{name} must be at least {bound} (got {got})</source>
            <comment>SCHEMA.at_least</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须不小于 {bound}（实际为 {got}）</translation>
        </message>
        <message>
            <source>{range}</source>
            <comment>SCHEMA.at_least.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{range}</translation>
        </message>
        <message>
            <source>{name} must be at most {bound} (got {got})</source>
            <comment>SCHEMA.at_most</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须不大于 {bound}（实际为 {got}）</translation>
        </message>
        <message>
            <source>{range}</source>
            <comment>SCHEMA.at_most.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{range}</translation>
        </message>
        <message>
            <source>{name} has the wrong format (got {got})</source>
            <comment>SCHEMA.format</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 格式错误（实际为 {got}）</translation>
        </message>
        <message>
            <source>{hint}</source>
            <comment>SCHEMA.format.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{hint}</translation>
        </message>
        <message>
            <source>{name} has {size} items; at most {limit} allowed</source>
            <comment>SCHEMA.too_many_items</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 有 {size} 项；最多允许 {limit} 项</translation>
        </message>
        <message>
            <source>remove items until at most {limit} remain</source>
            <comment>SCHEMA.too_many_items.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>删除一些项，直到不超过 {limit} 项</translation>
        </message>
        <message>
            <source>{name} must not be empty</source>
            <comment>SCHEMA.empty</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 不能为空</translation>
        </message>
        <message>
            <source>fill in {key}</source>
            <comment>SCHEMA.empty.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>填写 {key}</translation>
        </message>
        <message>
            <source>{name} must be {wanted} (got {type} {got})</source>
            <comment>SCHEMA.type_text</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须是{wanted}（实际为{type} {got}）</translation>
        </message>
        <message>
            <source>write a number</source>
            <comment>SCHEMA.type_text.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>写一个数字</translation>
        </message>
        <message>
            <source>{name} must be one of {choices} (got {got})</source>
            <comment>SCHEMA.choice_quoted</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须是 {choices} 之一（实际为 {got}）</translation>
        </message>
        <message>
            <source>put the value in quotes: "{value}"</source>
            <comment>SCHEMA.choice_quoted.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>给值加上引号："{value}"</translation>
        </message>
        <message>
            <source>{name} must be one of {choices} (got {got})</source>
            <comment>SCHEMA.choice_unquote</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 必须是 {choices} 之一（实际为 {got}）</translation>
        </message>
        <message>
            <source>write {number} without quotes</source>
            <comment>SCHEMA.choice_unquote.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>写成不带引号的 {number}</translation>
        </message>
        <message>
            <source>{name} must not be empty</source>
            <comment>SCHEMA.empty_optional</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>{name} 不能为空</translation>
        </message>
        <message>
            <source>fill in {key} or remove it</source>
            <comment>SCHEMA.empty_optional.hint</comment>
            <extracomment>recstudio/model/schema/check.py</extracomment>
            <translation>填写 {key}，或删除它</translation>
        </message>
        <message>
            <source>the body must be a JSON object (got {type})</source>
            <comment>SCHEMA.not_object</comment>
            <extracomment>recstudio/model/schema_keys.py</extracomment>
            <translation>请求体必须是 JSON 对象（实际为{type}）</translation>
        </message>
        <message>
            <source>write the body as {{"cname": …, "uid": …, "clientRequest": {{…}}}}</source>
            <comment>SCHEMA.not_object.hint</comment>
            <extracomment>recstudio/model/schema_keys.py</extracomment>
            <translation>将请求体写成 {{"cname": …, "uid": …, "clientRequest": {{…}}}}</translation>
        </message>
        <message>
            <source>unknown key {key} is kept but Agora may reject it</source>
            <comment>UNKNOWN_KEY.case</comment>
            <extracomment>recstudio/model/schema_keys.py</extracomment>
            <translation>未知键 {key} 会保留，但 Agora 可能会拒绝</translation>
        </message>
        <message>
            <source>did you mean {close}? Keys are case-sensitive</source>
            <comment>UNKNOWN_KEY.case.hint</comment>
            <extracomment>recstudio/model/schema_keys.py</extracomment>
            <translation>你是指 {close} 吗？键区分大小写</translation>
        </message>
        <message>
            <source>unknown key {key} is kept but Agora may reject it</source>
            <comment>UNKNOWN_KEY.close</comment>
            <extracomment>recstudio/model/schema_keys.py</extracomment>
            <translation>未知键 {key} 会保留，但 Agora 可能会拒绝</translation>
        </message>
        <message>
            <source>did you mean {close}?</source>
            <comment>UNKNOWN_KEY.close.hint</comment>
            <extracomment>recstudio/model/schema_keys.py</extracomment>
            <translation>你是指 {close} 吗？</translation>
        </message>
        <message>
            <source>unknown key {key} is kept but Agora may reject it</source>
            <comment>UNKNOWN_KEY.known</comment>
            <extracomment>recstudio/model/schema_keys.py</extracomment>
            <translation>未知键 {key} 会保留，但 Agora 可能会拒绝</translation>
        </message>
        <message>
            <source>known keys here: {known}</source>
            <comment>UNKNOWN_KEY.known.hint</comment>
            <extracomment>recstudio/model/schema_keys.py</extracomment>
            <translation>此处已知的键：{known}</translation>
        </message>
        <message>
            <source>unknown key {key} is kept but Agora may reject it</source>
            <comment>UNKNOWN_KEY.unknown</comment>
            <extracomment>recstudio/model/schema_keys.py</extracomment>
            <translation>未知键 {key} 会保留，但 Agora 可能会拒绝</translation>
        </message>
        <message>
            <source>{key} repeats {first}; Agora reads only one of them</source>
            <comment>UNKNOWN_KEY.repeats</comment>
            <extracomment>recstudio/model/schema_keys.py</extracomment>
            <translation>{key} 与 {first} 重复；Agora 只读取其中一个</translation>
        </message>
        <message>
            <source>keep only {api}</source>
            <comment>UNKNOWN_KEY.repeats.hint</comment>
            <extracomment>recstudio/model/schema_keys.py</extracomment>
            <translation>只保留 {api}</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>Channel name (individual/mix: under 64 bytes of the RTC channel character set; web: any label up to 1024 bytes); the same in every call</source>
            <extracomment>cname</extracomment>
            <translation>频道名（单流/合流录制：少于 64 字节，使用 RTC 频道字符集；页面录制：任意标识，最长 1024 字节）；每个调用中相同</translation>
        </message>
        <message>
            <source>UID of the recorder itself (1 – 4294967295, as a string); unused by anyone else</source>
            <extracomment>uid</extracomment>
            <translation>录制服务自己的用户 ID（1 – 4294967295，字符串）；不能与他人重复</translation>
        </message>
        <message>
            <source>Settings of the acquire request</source>
            <extracomment>clientRequest</extracomment>
            <translation>acquire 请求的设置</translation>
        </message>
        <message>
            <source>Recording scenario: 1 for web mode, 0 for individual and mix (no effect in raw)</source>
            <extracomment>clientRequest.scene</extracomment>
            <translation>录制场景：页面录制为 1，单流和合流录制为 0（raw 模式下无效）</translation>
        </message>
        <message>
            <source>Real-time audio/video recording (individual, mix)</source>
            <extracomment>clientRequest.scene</extracomment>
            <translation>实时音视频录制（单流、合流）</translation>
        </message>
        <message>
            <source>Web page recording (web)</source>
            <extracomment>clientRequest.scene</extracomment>
            <translation>页面录制（web）</translation>
        </message>
        <message>
            <source>Individual recording with postponed transcoding/audio mixing (legacy)</source>
            <extracomment>clientRequest.scene</extracomment>
            <translation>带延时转码/延时混音的单流录制（旧版）</translation>
        </message>
        <message>
            <source>Hours after start during which query, update and stop may be called (1 – 720)</source>
            <extracomment>clientRequest.resourceExpiredHour</extracomment>
            <translation>start 之后可以调用 query、update 和 stop 的小时数（1 – 720）</translation>
        </message>
        <message>
            <source>Optional preview of the start clientRequest; must match it exactly</source>
            <extracomment>clientRequest.startParameter</extracomment>
            <translation>可选的 start clientRequest 预声明；必须与其完全一致</translation>
        </message>
        <message>
            <source>RTC token of the recorder UID; needed when the App Certificate is enabled</source>
            <extracomment>clientRequest.startParameter.token</extracomment>
            <translation>录制用户 ID 的 RTC Token；启用 App 证书时需要</translation>
        </message>
        <message>
            <source>Third-party cloud storage that receives the files (required, R7)</source>
            <extracomment>clientRequest.startParameter.storageConfig</extracomment>
            <translation>接收文件的第三方云存储（必填，R7）</translation>
        </message>
        <message>
            <source>Cloud storage vendor</source>
            <extracomment>clientRequest.startParameter.storageConfig.vendor</extracomment>
            <translation>云存储厂商</translation>
        </message>
        <message>
            <source>Qiniu Cloud (legacy)</source>
            <extracomment>clientRequest.startParameter.storageConfig.vendor</extracomment>
            <translation>七牛云（旧版）</translation>
        </message>
        <message>
            <source>Amazon S3</source>
            <extracomment>clientRequest.startParameter.storageConfig.vendor</extracomment>
            <translation>Amazon S3</translation>
        </message>
        <message>
            <source>Alibaba Cloud OSS</source>
            <extracomment>clientRequest.startParameter.storageConfig.vendor</extracomment>
            <translation>阿里云 OSS</translation>
        </message>
        <message>
            <source>Tencent Cloud COS</source>
            <extracomment>clientRequest.startParameter.storageConfig.vendor</extracomment>
            <translation>腾讯云 COS</translation>
        </message>
        <message>
            <source>Kingsoft Cloud (legacy)</source>
            <extracomment>clientRequest.startParameter.storageConfig.vendor</extracomment>
            <translation>金山云（旧版）</translation>
        </message>
        <message>
            <source>Microsoft Azure</source>
            <extracomment>clientRequest.startParameter.storageConfig.vendor</extracomment>
            <translation>微软 Azure</translation>
        </message>
        <message>
            <source>Google Cloud</source>
            <extracomment>clientRequest.startParameter.storageConfig.vendor</extracomment>
            <translation>谷歌云</translation>
        </message>
        <message>
            <source>Huawei Cloud OBS</source>
            <extracomment>clientRequest.startParameter.storageConfig.vendor</extracomment>
            <translation>华为云 OBS</translation>
        </message>
        <message>
            <source>Baidu AI Cloud BOS</source>
            <extracomment>clientRequest.startParameter.storageConfig.vendor</extracomment>
            <translation>百度智能云 BOS</translation>
        </message>
        <message>
            <source>S3-compatible (self-hosted)</source>
            <extracomment>clientRequest.startParameter.storageConfig.vendor</extracomment>
            <translation>S3 兼容（自建）</translation>
        </message>
        <message>
            <source>Region of the bucket; the numbers depend on the vendor</source>
            <extracomment>clientRequest.startParameter.storageConfig.region</extracomment>
            <translation>存储桶所在区域；编号因厂商而异</translation>
        </message>
        <message>
            <source>Bucket name, following the vendor's naming rules (Azure: the container name)</source>
            <extracomment>clientRequest.startParameter.storageConfig.bucket</extracomment>
            <translation>存储桶名称，遵循厂商的命名规则（Azure：容器名称）</translation>
        </message>
        <message>
            <source>Access key of the storage account (a write-only key is enough; Azure: the storage account name)</source>
            <extracomment>clientRequest.startParameter.storageConfig.accessKey</extracomment>
            <translation>存储账号的访问密钥（只写权限即可；Azure：存储账户名称）</translation>
        </message>
        <message>
            <source>Secret key of the storage account (Azure: the account key)</source>
            <extracomment>clientRequest.startParameter.storageConfig.secretKey</extracomment>
            <translation>存储账号的私有密钥（Azure：账户密钥）</translation>
        </message>
        <message>
            <source>Temporary STS security token (Amazon S3, Alibaba, Tencent only)</source>
            <extracomment>clientRequest.startParameter.storageConfig.stsToken</extracomment>
            <translation>STS 临时安全令牌（仅 Amazon S3、阿里云、腾讯云）</translation>
        </message>
        <message>
            <source>When the STS token expires, as Unix seconds (at least 4 hours ahead)</source>
            <extracomment>clientRequest.startParameter.storageConfig.stsExpiration</extracomment>
            <translation>STS 令牌的过期时间，Unix 秒（至少在 4 小时之后）</translation>
        </message>
        <message>
            <source>Folders for the files, joined with '/'; letters and digits only, at most 128 characters</source>
            <extracomment>clientRequest.startParameter.storageConfig.fileNamePrefix</extracomment>
            <translation>文件所在的文件夹，用 '/' 连接；只能包含字母和数字，最多 128 个字符</translation>
        </message>
        <message>
            <source>use only letters A–Z, a–z and digits 0–9 in each folder name</source>
            <extracomment>clientRequest.startParameter.storageConfig.fileNamePrefix</extracomment>
            <translation>每个文件夹名只使用字母 A–Z、a–z 和数字 0–9</translation>
        </message>
        <message>
            <source>Encryption, tags and the S3-compatible endpoint</source>
            <extracomment>clientRequest.startParameter.storageConfig.extensionParams</extracomment>
            <translation>加密、标签和 S3 兼容存储的 endpoint</translation>
        </message>
        <message>
            <source>Server-side encryption applied by Amazon S3</source>
            <extracomment>clientRequest.startParameter.storageConfig.extensionParams.sse</extracomment>
            <translation>Amazon S3 的服务端加密</translation>
        </message>
        <message>
            <source>KMS encryption</source>
            <extracomment>clientRequest.startParameter.storageConfig.extensionParams.sse</extracomment>
            <translation>KMS 加密</translation>
        </message>
        <message>
            <source>AES-256 encryption</source>
            <extracomment>clientRequest.startParameter.storageConfig.extensionParams.sse</extracomment>
            <translation>AES-256 加密</translation>
        </message>
        <message>
            <source>Tag added to uploaded files (Amazon S3 and Alibaba Cloud only)</source>
            <extracomment>clientRequest.startParameter.storageConfig.extensionParams.tag</extracomment>
            <translation>添加到上传文件的标签（仅 Amazon S3 和阿里云）</translation>
        </message>
        <message>
            <source>Domain of the S3-compatible storage (required when vendor is 11)</source>
            <extracomment>clientRequest.startParameter.storageConfig.extensionParams.endpoint</extracomment>
            <translation>S3 兼容存储的域名（vendor 为 11 时必填）</translation>
        </message>
        <message>
            <source>Which streams to record and how (raw, individual and mix)</source>
            <extracomment>clientRequest.startParameter.recordingConfig</extracomment>
            <translation>录制哪些流以及如何录制（raw、单流和合流录制）</translation>
        </message>
        <message>
            <source>Channel profile; must match the one the RTC SDK uses</source>
            <extracomment>clientRequest.startParameter.recordingConfig.channelType</extracomment>
            <translation>频道场景；必须与 RTC SDK 使用的一致</translation>
        </message>
        <message>
            <source>Communication</source>
            <extracomment>clientRequest.startParameter.recordingConfig.channelType</extracomment>
            <translation>通信</translation>
        </message>
        <message>
            <source>Live broadcast</source>
            <extracomment>clientRequest.startParameter.recordingConfig.channelType</extracomment>
            <translation>直播</translation>
        </message>
        <message>
            <source>Which media to record</source>
            <extracomment>clientRequest.startParameter.recordingConfig.streamTypes</extracomment>
            <translation>录制哪些媒体</translation>
        </message>
        <message>
            <source>Audio only</source>
            <extracomment>clientRequest.startParameter.recordingConfig.streamTypes</extracomment>
            <translation>仅音频</translation>
        </message>
        <message>
            <source>Video only</source>
            <extracomment>clientRequest.startParameter.recordingConfig.streamTypes</extracomment>
            <translation>仅视频</translation>
        </message>
        <message>
            <source>Audio and video</source>
            <extracomment>clientRequest.startParameter.recordingConfig.streamTypes</extracomment>
            <translation>音频和视频</translation>
        </message>
        <message>
            <source>Output files per UID in legacy individual mode (removed in raw mode)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.streamMode</extracomment>
            <translation>旧版单流录制模式下每个用户 ID 的输出文件（raw 模式已移除）</translation>
        </message>
        <message>
            <source>Default: separate audio and video M3U8 per UID</source>
            <extracomment>clientRequest.startParameter.recordingConfig.streamMode</extracomment>
            <translation>默认：每个用户 ID 分别生成音频和视频 M3U8</translation>
        </message>
        <message>
            <source>Standard: also a merged audio+video M3U8 per UID (recommended)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.streamMode</extracomment>
            <translation>标准：每个用户 ID 另外生成一个音视频合并的 M3U8（推荐）</translation>
        </message>
        <message>
            <source>Original: audio only, not transcoded (streamTypes 0)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.streamMode</extracomment>
            <translation>原始：仅音频，不转码（streamTypes 0）</translation>
        </message>
        <message>
            <source>Decryption matching the encryption mode set in the RTC SDK</source>
            <extracomment>clientRequest.startParameter.recordingConfig.decryptionMode</extracomment>
            <translation>与 RTC SDK 中设置的加密模式相对应的解密方式</translation>
        </message>
        <message>
            <source>None</source>
            <extracomment>clientRequest.startParameter.recordingConfig.decryptionMode</extracomment>
            <translation>无</translation>
        </message>
        <message>
            <source>AES_128_XTS</source>
            <extracomment>clientRequest.startParameter.recordingConfig.decryptionMode</extracomment>
            <translation>AES_128_XTS</translation>
        </message>
        <message>
            <source>AES_128_ECB</source>
            <extracomment>clientRequest.startParameter.recordingConfig.decryptionMode</extracomment>
            <translation>AES_128_ECB</translation>
        </message>
        <message>
            <source>AES_256_XTS</source>
            <extracomment>clientRequest.startParameter.recordingConfig.decryptionMode</extracomment>
            <translation>AES_256_XTS</translation>
        </message>
        <message>
            <source>SM4_128_ECB</source>
            <extracomment>clientRequest.startParameter.recordingConfig.decryptionMode</extracomment>
            <translation>SM4_128_ECB</translation>
        </message>
        <message>
            <source>AES_128_GCM</source>
            <extracomment>clientRequest.startParameter.recordingConfig.decryptionMode</extracomment>
            <translation>AES_128_GCM</translation>
        </message>
        <message>
            <source>AES_256_GCM</source>
            <extracomment>clientRequest.startParameter.recordingConfig.decryptionMode</extracomment>
            <translation>AES_256_GCM</translation>
        </message>
        <message>
            <source>AES_128_GCM2 (needs salt)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.decryptionMode</extracomment>
            <translation>AES_128_GCM2（需要盐）</translation>
        </message>
        <message>
            <source>AES_256_GCM2 (needs salt)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.decryptionMode</extracomment>
            <translation>AES_256_GCM2（需要盐）</translation>
        </message>
        <message>
            <source>Decryption password; required when decryptionMode is not 0</source>
            <extracomment>clientRequest.startParameter.recordingConfig.secret</extracomment>
            <translation>解密密码；decryptionMode 不为 0 时必填</translation>
        </message>
        <message>
            <source>Decryption salt: Base64 of 32 bytes; required for the GCM2 modes (7, 8)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.salt</extracomment>
            <translation>解密盐：32 字节的 Base64；GCM2 模式（7、8）必填</translation>
        </message>
        <message>
            <source>use the Base64 text of exactly 32 bytes (44 characters ending in '=')</source>
            <extracomment>clientRequest.startParameter.recordingConfig.salt</extracomment>
            <translation>使用恰好 32 字节的 Base64 文本（44 个字符，以 '=' 结尾）</translation>
        </message>
        <message>
            <source>Seconds without users after which the recorder leaves the channel (5 – 2592000)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.maxIdleTime</extracomment>
            <translation>频道内没有用户多少秒后录制服务离开频道（5 – 2592000）</translation>
        </message>
        <message>
            <source>Which stream of dual-stream senders to record</source>
            <extracomment>clientRequest.startParameter.recordingConfig.videoStreamType</extracomment>
            <translation>对双流发送端录制哪一路流</translation>
        </message>
        <message>
            <source>High-quality (big) stream</source>
            <extracomment>clientRequest.startParameter.recordingConfig.videoStreamType</extracomment>
            <translation>高质量（大）流</translation>
        </message>
        <message>
            <source>Low-quality (small) stream</source>
            <extracomment>clientRequest.startParameter.recordingConfig.videoStreamType</extracomment>
            <translation>低质量（小）流</translation>
        </message>
        <message>
            <source>Sample rate, channels and bitrate of the mixed audio (mix only)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.audioProfile</extracomment>
            <translation>合流音频的采样率、声道数和码率（仅合流录制）</translation>
        </message>
        <message>
            <source>48 kHz, music, mono, up to 48 Kbps</source>
            <extracomment>clientRequest.startParameter.recordingConfig.audioProfile</extracomment>
            <translation>48 kHz，音乐编码，单声道，最高 48 Kbps</translation>
        </message>
        <message>
            <source>48 kHz, music, mono, up to 128 Kbps</source>
            <extracomment>clientRequest.startParameter.recordingConfig.audioProfile</extracomment>
            <translation>48 kHz，音乐编码，单声道，最高 128 Kbps</translation>
        </message>
        <message>
            <source>48 kHz, music, stereo, up to 192 Kbps</source>
            <extracomment>clientRequest.startParameter.recordingConfig.audioProfile</extracomment>
            <translation>48 kHz，音乐编码，双声道，最高 192 Kbps</translation>
        </message>
        <message>
            <source>UIDs whose audio is recorded (at most 32); ["#allstream#"] means everyone</source>
            <extracomment>clientRequest.startParameter.recordingConfig.subscribeAudioUids</extracomment>
            <translation>录制其音频的用户 ID（最多 32 个）；["#allstream#"] 表示所有人</translation>
        </message>
        <message>
            <source>UIDs whose audio is NOT recorded (at most 32); everyone else is</source>
            <extracomment>clientRequest.startParameter.recordingConfig.unSubscribeAudioUids</extracomment>
            <translation>不录制其音频的用户 ID（最多 32 个）；其他人都录制</translation>
        </message>
        <message>
            <source>UIDs whose video is recorded (at most 32); ["#allstream#"] means everyone</source>
            <extracomment>clientRequest.startParameter.recordingConfig.subscribeVideoUids</extracomment>
            <translation>录制其视频的用户 ID（最多 32 个）；["#allstream#"] 表示所有人</translation>
        </message>
        <message>
            <source>UIDs whose video is NOT recorded (at most 32); everyone else is</source>
            <extracomment>clientRequest.startParameter.recordingConfig.unSubscribeVideoUids</extracomment>
            <translation>不录制其视频的用户 ID（最多 32 个）；其他人都录制</translation>
        </message>
        <message>
            <source>Expected number of subscribed UIDs (required in raw and individual mode)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.subscribeUidGroup</extracomment>
            <translation>预计订阅的用户 ID 数量（raw 和单流录制模式下必填）</translation>
        </message>
        <message>
            <source>1–2 UIDs</source>
            <extracomment>clientRequest.startParameter.recordingConfig.subscribeUidGroup</extracomment>
            <translation>1–2 个用户 ID</translation>
        </message>
        <message>
            <source>3–7 UIDs</source>
            <extracomment>clientRequest.startParameter.recordingConfig.subscribeUidGroup</extracomment>
            <translation>3–7 个用户 ID</translation>
        </message>
        <message>
            <source>8–12 UIDs</source>
            <extracomment>clientRequest.startParameter.recordingConfig.subscribeUidGroup</extracomment>
            <translation>8–12 个用户 ID</translation>
        </message>
        <message>
            <source>13–17 UIDs</source>
            <extracomment>clientRequest.startParameter.recordingConfig.subscribeUidGroup</extracomment>
            <translation>13–17 个用户 ID</translation>
        </message>
        <message>
            <source>18–32 UIDs</source>
            <extracomment>clientRequest.startParameter.recordingConfig.subscribeUidGroup</extracomment>
            <translation>18–32 个用户 ID</translation>
        </message>
        <message>
            <source>33–49 UIDs</source>
            <extracomment>clientRequest.startParameter.recordingConfig.subscribeUidGroup</extracomment>
            <translation>33–49 个用户 ID</translation>
        </message>
        <message>
            <source>Video profile and layout of the composite (mix only)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig</extracomment>
            <translation>合流画面的视频属性和布局（仅合流录制）</translation>
        </message>
        <message>
            <source>Width of the composite video in pixels (at most 1920; width×height ≤ 1920×1080)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.width</extracomment>
            <translation>合流视频的宽度，单位像素（最大 1920；宽×高 ≤ 1920×1080）</translation>
        </message>
        <message>
            <source>Height of the composite video in pixels (at most 1920; width×height ≤ 1920×1080)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.height</extracomment>
            <translation>合流视频的高度，单位像素（最大 1920；宽×高 ≤ 1920×1080）</translation>
        </message>
        <message>
            <source>Frame rate of the composite video</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.fps</extracomment>
            <translation>合流视频的帧率</translation>
        </message>
        <message>
            <source>Video bitrate in Kbps (at most 6500)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.bitrate</extracomment>
            <translation>视频码率，单位 Kbps（最大 6500）</translation>
        </message>
        <message>
            <source>Layout of the composite: a preset (floating, best fit, vertical) or custom regions</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.mixedVideoLayout</extracomment>
            <translation>合流布局：预设（悬浮、自适应、垂直）或自定义区域</translation>
        </message>
        <message>
            <source>Floating</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.mixedVideoLayout</extracomment>
            <translation>悬浮布局</translation>
        </message>
        <message>
            <source>Best fit</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.mixedVideoLayout</extracomment>
            <translation>自适应布局</translation>
        </message>
        <message>
            <source>Vertical</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.mixedVideoLayout</extracomment>
            <translation>垂直布局</translation>
        </message>
        <message>
            <source>Custom</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.mixedVideoLayout</extracomment>
            <translation>自定义布局</translation>
        </message>
        <message>
            <source>UID shown in the large region of the vertical layout</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.maxResolutionUid</extracomment>
            <translation>垂直布局中大画面显示的用户 ID</translation>
        </message>
        <message>
            <source>Colour of the canvas behind all regions</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.backgroundColor</extracomment>
            <translation>所有区域背后的画布颜色</translation>
        </message>
        <message>
            <source>write the colour as #RRGGBB, e.g. #000000</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.backgroundColor</extracomment>
            <translation>颜色写成 #RRGGBB，例如 #000000</translation>
        </message>
        <message>
            <source>Image drawn over the whole canvas (cropped to fill)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.backgroundImage</extracomment>
            <translation>铺满整个画布的图片（裁剪填充）</translation>
        </message>
        <message>
            <source>Image shown in a user's region 3.5 s after that user stops video</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.defaultUserBackgroundImage</extracomment>
            <translation>用户停止发送视频 3.5 秒后在其区域显示的图片</translation>
        </message>
        <message>
            <source>Regions of the custom layout (mixedVideoLayout 3), at most 17</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.layoutConfig</extracomment>
            <translation>自定义布局（mixedVideoLayout 3）的区域，最多 17 个</translation>
        </message>
        <message>
            <source>UID shown in this region; leave empty to fill regions in join order</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.layoutConfig[].uid</extracomment>
            <translation>此区域显示的用户 ID；留空则按加入顺序填充区域</translation>
        </message>
        <message>
            <source>Left edge of the region as a fraction of the canvas width (0 = left)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.layoutConfig[].x_axis</extracomment>
            <translation>区域左边缘，占画布宽度的比例（0 = 最左）</translation>
        </message>
        <message>
            <source>Top edge of the region as a fraction of the canvas height (0 = top)</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.layoutConfig[].y_axis</extracomment>
            <translation>区域上边缘，占画布高度的比例（0 = 最上）</translation>
        </message>
        <message>
            <source>Width of the region as a fraction of the canvas width</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.layoutConfig[].width</extracomment>
            <translation>区域宽度，占画布宽度的比例</translation>
        </message>
        <message>
            <source>Height of the region as a fraction of the canvas height</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.layoutConfig[].height</extracomment>
            <translation>区域高度，占画布高度的比例</translation>
        </message>
        <message>
            <source>Opacity of the region: 0 transparent, 1 opaque</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.layoutConfig[].alpha</extracomment>
            <translation>区域的不透明度：0 为透明，1 为不透明</translation>
        </message>
        <message>
            <source>How the video fills the region: crop to fill, or fit with black bars</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.layoutConfig[].render_mode</extracomment>
            <translation>视频如何填充区域：裁剪填充，或适应并加黑边</translation>
        </message>
        <message>
            <source>Crop to fill</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.layoutConfig[].render_mode</extracomment>
            <translation>裁剪填充</translation>
        </message>
        <message>
            <source>Fit</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.layoutConfig[].render_mode</extracomment>
            <translation>适应</translation>
        </message>
        <message>
            <source>Placeholder images for particular UIDs</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.backgroundConfig</extracomment>
            <translation>特定用户 ID 的占位图片</translation>
        </message>
        <message>
            <source>UID whose region shows this image when its video stops</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.backgroundConfig[].uid</extracomment>
            <translation>视频停止时其区域显示此图片的用户 ID</translation>
        </message>
        <message>
            <source>JPG or BMP image (at most 6 MB) shown in this user's region when its video stops</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.backgroundConfig[].image_url</extracomment>
            <translation>该用户视频停止时在其区域显示的 JPG 或 BMP 图片（最大 6 MB）</translation>
        </message>
        <message>
            <source>How the image fills the region: crop to fill, or fit</source>
            <extracomment>clientRequest.startParameter.recordingConfig.transcodingConfig.backgroundConfig[].render_mode</extracomment>
            <translation>图片如何填充区域：裁剪填充，或适应</translation>
        </message>
        <message>
            <source>Formats of the recorded files</source>
            <extracomment>clientRequest.startParameter.recordingFileConfig</extracomment>
            <translation>录制文件的格式</translation>
        </message>
        <message>
            <source>Formats of the recorded files: ["hls"], or ["hls","mp4"] in mix, web and raw; "mp3" (audio only) in raw mode</source>
            <extracomment>clientRequest.startParameter.recordingFileConfig.avFileType</extracomment>
            <translation>录制文件的格式：["hls"]，合流、页面录制和 raw 模式下可用 ["hls","mp4"]；raw 模式下可用 "mp3"（仅音频）</translation>
        </message>
        <message>
            <source>HLS (M3U8 + TS)</source>
            <extracomment>clientRequest.startParameter.recordingFileConfig.avFileType</extracomment>
            <translation>HLS（M3U8 + TS）</translation>
        </message>
        <message>
            <source>MP4</source>
            <extracomment>clientRequest.startParameter.recordingFileConfig.avFileType</extracomment>
            <translation>MP4</translation>
        </message>
        <message>
            <source>MP3 (audio only, raw mode)</source>
            <extracomment>clientRequest.startParameter.recordingFileConfig.avFileType</extracomment>
            <translation>MP3（仅音频，raw 模式）</translation>
        </message>
        <message>
            <source>Screenshots of each user's video (raw; legacy individual)</source>
            <extracomment>clientRequest.startParameter.snapshotConfig</extracomment>
            <translation>每个用户视频的截图（raw；旧版单流录制）</translation>
        </message>
        <message>
            <source>Seconds between two screenshots (5 – 3600; older docs allow 1)</source>
            <extracomment>clientRequest.startParameter.snapshotConfig.captureInterval</extracomment>
            <translation>两次截图之间的秒数（5 – 3600；旧文档允许 1）</translation>
        </message>
        <message>
            <source>Screenshot format; must be ["jpg"]</source>
            <extracomment>clientRequest.startParameter.snapshotConfig.fileType</extracomment>
            <translation>截图格式；必须为 ["jpg"]</translation>
        </message>
        <message>
            <source>JPG</source>
            <extracomment>clientRequest.startParameter.snapshotConfig.fileType</extracomment>
            <translation>JPG</translation>
        </message>
        <message>
            <source>Extension services: web page recording and CDN push (legacy VoD elsewhere; rejected in raw mode)</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig</extracomment>
            <translation>扩展服务：页面录制和 CDN 推流（其他模式下为旧版点播；raw 模式不接受）</translation>
        </message>
        <message>
            <source>What happens when an extension service fails (only error_abort is allowed)</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.errorHandlePolicy</extracomment>
            <translation>扩展服务失败时如何处理（只允许 error_abort）</translation>
        </message>
        <message>
            <source>Stop all services when this one fails</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.errorHandlePolicy</extracomment>
            <translation>此服务失败时停止所有服务</translation>
        </message>
        <message>
            <source>Version of the Cloud Recording API (legacy)</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.apiVersion</extracomment>
            <translation>云端录制 API 的版本（旧版）</translation>
        </message>
        <message>
            <source>Extension services to run</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices</extracomment>
            <translation>要运行的扩展服务</translation>
        </message>
        <message>
            <source>Which extension service this is</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceName</extracomment>
            <translation>这是哪个扩展服务</translation>
        </message>
        <message>
            <source>Web page recording</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceName</extracomment>
            <translation>页面录制</translation>
        </message>
        <message>
            <source>Push the web page recording to a CDN (RTMP)</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceName</extracomment>
            <translation>将页面录制推流到 CDN（RTMP）</translation>
        </message>
        <message>
            <source>ApsaraVideo for VoD (legacy)</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceName</extracomment>
            <translation>阿里云视频点播（旧版）</translation>
        </message>
        <message>
            <source>What happens when this service fails (web recorder: error_abort; CDN push: error_ignore)</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].errorHandlePolicy</extracomment>
            <translation>此服务失败时如何处理（页面录制：error_abort；CDN 推流：error_ignore）</translation>
        </message>
        <message>
            <source>Ignore failures of this service</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].errorHandlePolicy</extracomment>
            <translation>忽略此服务的失败</translation>
        </message>
        <message>
            <source>Settings of the web page recording</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam</extracomment>
            <translation>页面录制的设置</translation>
        </message>
        <message>
            <source>Address of the web page to record</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.url</extracomment>
            <translation>要录制的网页地址</translation>
        </message>
        <message>
            <source>Sample rate, channels and bitrate of the recorded audio</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.audioProfile</extracomment>
            <translation>录制音频的采样率、声道数和码率</translation>
        </message>
        <message>
            <source>Width of the recorded video in pixels (240 – 1920)</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.videoWidth</extracomment>
            <translation>录制视频的宽度，单位像素（240 – 1920）</translation>
        </message>
        <message>
            <source>Height of the recorded video in pixels (240 – 1920)</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.videoHeight</extracomment>
            <translation>录制视频的高度，单位像素（240 – 1920）</translation>
        </message>
        <message>
            <source>Hours after which the recording stops by itself (1 – 720); billed until it stops</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.maxRecordingHour</extracomment>
            <translation>录制自动停止前的小时数（1 – 720）；停止前持续计费</translation>
        </message>
        <message>
            <source>Video bitrate in Kbps (50 – 8000); default 2000 at 1280×720 or more, else 1500</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.videoBitrate</extracomment>
            <translation>视频码率，单位 Kbps（50 – 8000）；1280×720 及以上默认 2000，否则 1500</translation>
        </message>
        <message>
            <source>Video frame rate (5 – 60)</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.videoFps</extracomment>
            <translation>视频帧率（5 – 60）</translation>
        </message>
        <message>
            <source>Render the page as a mobile browser would</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.mobile</extracomment>
            <translation>按移动端浏览器的方式渲染页面</translation>
        </message>
        <message>
            <source>Length of each MP4 file in minutes (30 – 240)</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.maxVideoDuration</extracomment>
            <translation>每个 MP4 文件的时长，单位分钟（30 – 240）</translation>
        </message>
        <message>
            <source>Start paused: the page loads but nothing is recorded</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.onhold</extracomment>
            <translation>以暂停状态开始：页面会加载，但不录制任何内容</translation>
        </message>
        <message>
            <source>Seconds to wait for the page to call notifyReady(); 0 = no load detection (0 – 60)</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.readyTimeout</extracomment>
            <translation>等待页面调用 notifyReady() 的秒数；0 = 不检测页面加载（0 – 60）</translation>
        </message>
        <message>
            <source>CDN push targets (at most one)</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.outputs</extracomment>
            <translation>CDN 推流目标（最多一个）</translation>
        </message>
        <message>
            <source>CDN address to push to (rtmp:// or rtmps://)</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.outputs[].rtmpUrl</extracomment>
            <translation>推流的 CDN 地址（rtmp:// 或 rtmps://）</translation>
        </message>
        <message>
            <source>use an rtmp:// or rtmps:// address</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.outputs[].rtmpUrl</extracomment>
            <translation>使用 rtmp:// 或 rtmps:// 地址</translation>
        </message>
        <message>
            <source>AccessKeyId of the Alibaba Cloud account</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.accessKey</extracomment>
            <translation>阿里云账号的 AccessKeyId</translation>
        </message>
        <message>
            <source>AccessKeySecret of the Alibaba Cloud account</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.secretKey</extracomment>
            <translation>阿里云账号的 AccessKeySecret</translation>
        </message>
        <message>
            <source>Service region, e.g. cn-shanghai</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.regionId</extracomment>
            <translation>服务区域，例如 cn-shanghai</translation>
        </message>
        <message>
            <source>Settings for ApsaraVideo VoD</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.apiData</extracomment>
            <translation>阿里云视频点播的设置</translation>
        </message>
        <message>
            <source>Video settings passed to ApsaraVideo VoD</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.apiData.videoData</extracomment>
            <translation>传给阿里云视频点播的视频设置</translation>
        </message>
        <message>
            <source>Title of the video in ApsaraVideo VoD</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.apiData.videoData.title</extracomment>
            <translation>视频在阿里云视频点播中的标题</translation>
        </message>
        <message>
            <source>Description of the video</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.apiData.videoData.description</extracomment>
            <translation>视频的描述</translation>
        </message>
        <message>
            <source>Address of a custom thumbnail</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.apiData.videoData.coverUrl</extracomment>
            <translation>自定义缩略图的地址</translation>
        </message>
        <message>
            <source>Category ID (an integer written as a string)</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.apiData.videoData.cateId</extracomment>
            <translation>分类 ID（写成字符串的整数）</translation>
        </message>
        <message>
            <source>Tags of the video</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.apiData.videoData.tags</extracomment>
            <translation>视频的标签</translation>
        </message>
        <message>
            <source>ID of the transcoding template group</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.apiData.videoData.templateGroupId</extracomment>
            <translation>转码模板组的 ID</translation>
        </message>
        <message>
            <source>Custom configuration</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.apiData.videoData.userData</extracomment>
            <translation>自定义配置</translation>
        </message>
        <message>
            <source>Storage bucket</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.apiData.videoData.storageLocation</extracomment>
            <translation>存储桶</translation>
        </message>
        <message>
            <source>ID of the workflow</source>
            <extracomment>clientRequest.startParameter.extensionServiceConfig.extensionServices[].serviceParam.apiData.videoData.workflowId</extracomment>
            <translation>工作流的 ID</translation>
        </message>
        <message>
            <source>Postponed transcoding / audio mixing policy (legacy, individual + scene 2)</source>
            <extracomment>clientRequest.startParameter.appsCollection</extracomment>
            <translation>延时转码/延时混音策略（旧版，单流录制 + scene 2）</translation>
        </message>
        <message>
            <source>How the recording applications are combined</source>
            <extracomment>clientRequest.startParameter.appsCollection.combinationPolicy</extracomment>
            <translation>录制应用的组合方式</translation>
        </message>
        <message>
            <source>Default (everything except postponed transcoding/audio mixing)</source>
            <extracomment>clientRequest.startParameter.appsCollection.combinationPolicy</extracomment>
            <translation>默认（除延时转码/延时混音以外的全部）</translation>
        </message>
        <message>
            <source>Postponed transcoding or audio mixing</source>
            <extracomment>clientRequest.startParameter.appsCollection.combinationPolicy</extracomment>
            <translation>延时转码或延时混音</translation>
        </message>
        <message>
            <source>Postponed transcoding / audio mixing output (legacy, individual + scene 2)</source>
            <extracomment>clientRequest.startParameter.transcodeOptions</extracomment>
            <translation>延时转码/延时混音的输出（旧版，单流录制 + scene 2）</translation>
        </message>
        <message>
            <source>Transcoding mode</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.transConfig</extracomment>
            <translation>转码模式</translation>
        </message>
        <message>
            <source>Kind of postponed processing</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.transConfig.transMode</extracomment>
            <translation>延时处理的类型</translation>
        </message>
        <message>
            <source>Postponed transcoding</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.transConfig.transMode</extracomment>
            <translation>延时转码</translation>
        </message>
        <message>
            <source>Postponed audio mixing</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.transConfig.transMode</extracomment>
            <translation>延时混音</translation>
        </message>
        <message>
            <source>Output container</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.container</extracomment>
            <translation>输出容器</translation>
        </message>
        <message>
            <source>Container of the output file (mp4 for postponed transcoding)</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.container.format</extracomment>
            <translation>输出文件的容器格式（延时转码为 mp4）</translation>
        </message>
        <message>
            <source>MP3</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.container.format</extracomment>
            <translation>MP3</translation>
        </message>
        <message>
            <source>M4A</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.container.format</extracomment>
            <translation>M4A</translation>
        </message>
        <message>
            <source>AAC</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.container.format</extracomment>
            <translation>AAC</translation>
        </message>
        <message>
            <source>Audio profile of the output (audio mixing only)</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.audio</extracomment>
            <translation>输出的音频属性（仅延时混音）</translation>
        </message>
        <message>
            <source>Audio sample rate in Hz (a string)</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.audio.sampleRate</extracomment>
            <translation>音频采样率，单位 Hz（字符串）</translation>
        </message>
        <message>
            <source>48 kHz</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.audio.sampleRate</extracomment>
            <translation>48 kHz</translation>
        </message>
        <message>
            <source>32 kHz</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.audio.sampleRate</extracomment>
            <translation>32 kHz</translation>
        </message>
        <message>
            <source>16 kHz</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.audio.sampleRate</extracomment>
            <translation>16 kHz</translation>
        </message>
        <message>
            <source>Audio bitrate (a string; only 48000 is documented)</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.audio.bitrate</extracomment>
            <translation>音频码率（字符串；文档只列出 48000）</translation>
        </message>
        <message>
            <source>Number of audio channels (a string)</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.audio.channels</extracomment>
            <translation>音频声道数（字符串）</translation>
        </message>
        <message>
            <source>Mono</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.audio.channels</extracomment>
            <translation>单声道</translation>
        </message>
        <message>
            <source>Stereo</source>
            <extracomment>clientRequest.startParameter.transcodeOptions.audio.channels</extracomment>
            <translation>双声道</translation>
        </message>
        <message>
            <source>resourceIds of other tasks, to get resources in a different region</source>
            <extracomment>clientRequest.excludeResourceIds</extracomment>
            <translation>其他任务的 resourceId，用于在不同区域获取资源</translation>
        </message>
        <message>
            <source>Area the recording service is limited to; storage must be in the same area</source>
            <extracomment>clientRequest.region</extracomment>
            <translation>录制服务限定的区域；存储必须位于同一区域</translation>
        </message>
        <message>
            <source>Mainland China</source>
            <extracomment>clientRequest.region</extracomment>
            <translation>中国大陆</translation>
        </message>
        <message>
            <source>Asia excluding China</source>
            <extracomment>clientRequest.region</extracomment>
            <translation>除中国大陆以外的亚洲</translation>
        </message>
        <message>
            <source>Europe</source>
            <extracomment>clientRequest.region</extracomment>
            <translation>欧洲</translation>
        </message>
        <message>
            <source>North America</source>
            <extracomment>clientRequest.region</extracomment>
            <translation>北美</translation>
        </message>
        <message>
            <source>Preferred recording region (Chinese docs and the official clients only)</source>
            <extracomment>clientRequest.regionAffinity</extracomment>
            <translation>首选录制区域（仅中文文档和官方客户端）</translation>
        </message>
        <message>
            <source>Nearest to the request origin</source>
            <extracomment>clientRequest.regionAffinity</extracomment>
            <translation>离请求来源最近</translation>
        </message>
        <message>
            <source>China</source>
            <extracomment>clientRequest.regionAffinity</extracomment>
            <translation>中国</translation>
        </message>
        <message>
            <source>Southeast Asia</source>
            <extracomment>clientRequest.regionAffinity</extracomment>
            <translation>东南亚</translation>
        </message>
        <message>
            <source>What to record and where to store it</source>
            <extracomment>clientRequest</extracomment>
            <translation>录制什么以及存储到哪里</translation>
        </message>
        <message>
            <source>Changes to the running recording</source>
            <extracomment>clientRequest</extracomment>
            <translation>对进行中录制的更改</translation>
        </message>
        <message>
            <source>Replace the subscription lists (raw, individual and mix)</source>
            <extracomment>clientRequest.streamSubscribe</extracomment>
            <translation>替换订阅列表（raw、单流和合流录制）</translation>
        </message>
        <message>
            <source>New audio subscription (only when streamTypes is 0 or 2)</source>
            <extracomment>clientRequest.streamSubscribe.audioUidList</extracomment>
            <translation>新的音频订阅（仅当 streamTypes 为 0 或 2 时）</translation>
        </message>
        <message>
            <source>New video subscription (only when streamTypes is 1 or 2)</source>
            <extracomment>clientRequest.streamSubscribe.videoUidList</extracomment>
            <translation>新的视频订阅（仅当 streamTypes 为 1 或 2 时）</translation>
        </message>
        <message>
            <source>Pause or resume the web page recording</source>
            <extracomment>clientRequest.webRecordingConfig</extracomment>
            <translation>暂停或恢复页面录制</translation>
        </message>
        <message>
            <source>true pauses the web page recording, false resumes it</source>
            <extracomment>clientRequest.webRecordingConfig.onhold</extracomment>
            <translation>true 暂停页面录制，false 恢复</translation>
        </message>
        <message>
            <source>Change the CDN push address</source>
            <extracomment>clientRequest.rtmpPublishConfig</extracomment>
            <translation>更改 CDN 推流地址</translation>
        </message>
        <message>
            <source>Full storage settings, to refresh an expiring STS token</source>
            <extracomment>clientRequest.storageConfig</extracomment>
            <translation>完整的存储设置，用于刷新即将过期的 STS 令牌</translation>
        </message>
        <message>
            <source>The new composite layout; replaces the previous one entirely</source>
            <extracomment>clientRequest</extracomment>
            <translation>新的合流布局；完全替换之前的布局</translation>
        </message>
        <message>
            <source>How to stop</source>
            <extracomment>clientRequest</extracomment>
            <translation>如何停止</translation>
        </message>
        <message>
            <source>Reply at once instead of waiting (up to about 20 s) for the uploads to finish</source>
            <extracomment>clientRequest.async_stop</extracomment>
            <translation>立即返回，而不等待（最长约 20 秒）上传完成</translation>
        </message>
        <message>
            <source>East China</source>
            <extracomment>storageConfig.region (Qiniu Cloud)</extracomment>
            <translation>华东</translation>
        </message>
        <message>
            <source>North China</source>
            <extracomment>storageConfig.region (Qiniu Cloud)</extracomment>
            <translation>华北</translation>
        </message>
        <message>
            <source>South China</source>
            <extracomment>storageConfig.region (Qiniu Cloud)</extracomment>
            <translation>华南</translation>
        </message>
        <message>
            <source>US East (N. Virginia) — US_EAST_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>美国东部（弗吉尼亚北部） — US_EAST_1</translation>
        </message>
        <message>
            <source>US East (Ohio) — US_EAST_2</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>美国东部（俄亥俄） — US_EAST_2</translation>
        </message>
        <message>
            <source>US West (N. California) — US_WEST_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>美国西部（加利福尼亚北部） — US_WEST_1</translation>
        </message>
        <message>
            <source>US West (Oregon) — US_WEST_2</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>美国西部（俄勒冈） — US_WEST_2</translation>
        </message>
        <message>
            <source>Europe (Ireland) — EU_WEST_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>欧洲（爱尔兰） — EU_WEST_1</translation>
        </message>
        <message>
            <source>Europe (London) — EU_WEST_2</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>欧洲（伦敦） — EU_WEST_2</translation>
        </message>
        <message>
            <source>Europe (Paris) — EU_WEST_3</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>欧洲（巴黎） — EU_WEST_3</translation>
        </message>
        <message>
            <source>Europe (Frankfurt) — EU_CENTRAL_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>欧洲（法兰克福） — EU_CENTRAL_1</translation>
        </message>
        <message>
            <source>Asia Pacific (Singapore) — AP_SOUTHEAST_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>亚太地区（新加坡） — AP_SOUTHEAST_1</translation>
        </message>
        <message>
            <source>Asia Pacific (Sydney) — AP_SOUTHEAST_2</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>亚太地区（悉尼） — AP_SOUTHEAST_2</translation>
        </message>
        <message>
            <source>Asia Pacific (Tokyo) — AP_NORTHEAST_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>亚太地区（东京） — AP_NORTHEAST_1</translation>
        </message>
        <message>
            <source>Asia Pacific (Seoul) — AP_NORTHEAST_2</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>亚太地区（首尔） — AP_NORTHEAST_2</translation>
        </message>
        <message>
            <source>South America (São Paulo) — SA_EAST_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>南美洲（圣保罗） — SA_EAST_1</translation>
        </message>
        <message>
            <source>Canada (Central) — CA_CENTRAL_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>加拿大（中部） — CA_CENTRAL_1</translation>
        </message>
        <message>
            <source>Asia Pacific (Mumbai) — AP_SOUTH_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>亚太地区（孟买） — AP_SOUTH_1</translation>
        </message>
        <message>
            <source>China (Beijing) — CN_NORTH_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>中国（北京） — CN_NORTH_1</translation>
        </message>
        <message>
            <source>China (Ningxia) — CN_NORTHWEST_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>中国（宁夏） — CN_NORTHWEST_1</translation>
        </message>
        <message>
            <source>Africa (Cape Town) — AF_SOUTH_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>非洲（开普敦） — AF_SOUTH_1</translation>
        </message>
        <message>
            <source>Asia Pacific (Hong Kong) — AP_EAST_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>亚太地区（香港） — AP_EAST_1</translation>
        </message>
        <message>
            <source>Asia Pacific (Osaka) — AP_NORTHEAST_3</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>亚太地区（大阪） — AP_NORTHEAST_3</translation>
        </message>
        <message>
            <source>Europe (Stockholm) — EU_NORTH_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>欧洲（斯德哥尔摩） — EU_NORTH_1</translation>
        </message>
        <message>
            <source>Middle East (Bahrain) — ME_SOUTH_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>中东（巴林） — ME_SOUTH_1</translation>
        </message>
        <message>
            <source>Asia Pacific (Jakarta) — AP_SOUTHEAST_3</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>亚太地区（雅加达） — AP_SOUTHEAST_3</translation>
        </message>
        <message>
            <source>Europe (Milan) — EU_SOUTH_1</source>
            <extracomment>storageConfig.region (Amazon S3)</extracomment>
            <translation>欧洲（米兰） — EU_SOUTH_1</translation>
        </message>
        <message>
            <source>China (Hangzhou) — CN_Hangzhou</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>中国（杭州） — CN_Hangzhou</translation>
        </message>
        <message>
            <source>China (Shanghai) — CN_Shanghai</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>中国（上海） — CN_Shanghai</translation>
        </message>
        <message>
            <source>China (Qingdao) — CN_Qingdao</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>中国（青岛） — CN_Qingdao</translation>
        </message>
        <message>
            <source>China (Beijing) — CN_Beijing</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>中国（北京） — CN_Beijing</translation>
        </message>
        <message>
            <source>China (Zhangjiakou) — CN_Zhangjiakou</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>中国（张家口） — CN_Zhangjiakou</translation>
        </message>
        <message>
            <source>China (Hohhot) — CN_Huhehaote</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>中国（呼和浩特） — CN_Huhehaote</translation>
        </message>
        <message>
            <source>China (Shenzhen) — CN_Shenzhen</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>中国（深圳） — CN_Shenzhen</translation>
        </message>
        <message>
            <source>China (Hong Kong) — CN_Hongkong</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>中国（香港） — CN_Hongkong</translation>
        </message>
        <message>
            <source>US (Silicon Valley) — US_West_1</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>美国（硅谷） — US_West_1</translation>
        </message>
        <message>
            <source>US (Virginia) — US_East_1</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>美国（弗吉尼亚） — US_East_1</translation>
        </message>
        <message>
            <source>Singapore — AP_Southeast_1</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>新加坡 — AP_Southeast_1</translation>
        </message>
        <message>
            <source>Australia (Sydney) — AP_Southeast_2</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>澳大利亚（悉尼） — AP_Southeast_2</translation>
        </message>
        <message>
            <source>Malaysia (Kuala Lumpur) — AP_Southeast_3</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>马来西亚（吉隆坡） — AP_Southeast_3</translation>
        </message>
        <message>
            <source>Indonesia (Jakarta) — AP_Southeast_5</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>印度尼西亚（雅加达） — AP_Southeast_5</translation>
        </message>
        <message>
            <source>Japan (Tokyo) — AP_Northeast_1</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>日本（东京） — AP_Northeast_1</translation>
        </message>
        <message>
            <source>India (Mumbai) — AP_South_1</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>印度（孟买） — AP_South_1</translation>
        </message>
        <message>
            <source>Germany (Frankfurt) — EU_Central_1</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>德国（法兰克福） — EU_Central_1</translation>
        </message>
        <message>
            <source>UK (London) — EU_West_1</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>英国（伦敦） — EU_West_1</translation>
        </message>
        <message>
            <source>EU_East_1</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>EU_East_1</translation>
        </message>
        <message>
            <source>Philippines (Manila) — AP_Southeast_6</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>菲律宾（马尼拉） — AP_Southeast_6</translation>
        </message>
        <message>
            <source>China (Heyuan) — CN_Heyuan</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>中国（河源） — CN_Heyuan</translation>
        </message>
        <message>
            <source>China (Guangzhou) — CN_Guangzhou</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>中国（广州） — CN_Guangzhou</translation>
        </message>
        <message>
            <source>China (Chengdu) — CN_Chengdu</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>中国（成都） — CN_Chengdu</translation>
        </message>
        <message>
            <source>China (Nanjing) — CN_Nanjing</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>中国（南京） — CN_Nanjing</translation>
        </message>
        <message>
            <source>China (Fuzhou) — CN_Fuzhou</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>中国（福州） — CN_Fuzhou</translation>
        </message>
        <message>
            <source>China (Ulanqab) — CN_Wulanchabu</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>中国（乌兰察布） — CN_Wulanchabu</translation>
        </message>
        <message>
            <source>CN_Northeast_2</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>CN_Northeast_2</translation>
        </message>
        <message>
            <source>CN_Southeast_7</source>
            <extracomment>storageConfig.region (Alibaba Cloud OSS)</extracomment>
            <translation>CN_Southeast_7</translation>
        </message>
        <message>
            <source>Beijing Zone 1 — AP_Beijing_1</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>北京一区 — AP_Beijing_1</translation>
        </message>
        <message>
            <source>Beijing — AP_Beijing</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>北京 — AP_Beijing</translation>
        </message>
        <message>
            <source>Shanghai — AP_Shanghai</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>上海 — AP_Shanghai</translation>
        </message>
        <message>
            <source>Guangzhou — AP_Guangzhou</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>广州 — AP_Guangzhou</translation>
        </message>
        <message>
            <source>Chengdu — AP_Chengdu</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>成都 — AP_Chengdu</translation>
        </message>
        <message>
            <source>Chongqing — AP_Chongqing</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>重庆 — AP_Chongqing</translation>
        </message>
        <message>
            <source>Shenzhen Finance — AP_Shenzhen_FSI</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>深圳金融 — AP_Shenzhen_FSI</translation>
        </message>
        <message>
            <source>Shanghai Finance — AP_Shanghai_FSI</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>上海金融 — AP_Shanghai_FSI</translation>
        </message>
        <message>
            <source>Beijing Finance — AP_Beijing_FSI</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>北京金融 — AP_Beijing_FSI</translation>
        </message>
        <message>
            <source>Hong Kong — AP_Hongkong</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>香港 — AP_Hongkong</translation>
        </message>
        <message>
            <source>Singapore — AP_Singapore</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>新加坡 — AP_Singapore</translation>
        </message>
        <message>
            <source>Mumbai — AP_Mumbai</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>孟买 — AP_Mumbai</translation>
        </message>
        <message>
            <source>Seoul — AP_Seoul</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>首尔 — AP_Seoul</translation>
        </message>
        <message>
            <source>Bangkok — AP_Bangkok</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>曼谷 — AP_Bangkok</translation>
        </message>
        <message>
            <source>Tokyo — AP_Tokyo</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>东京 — AP_Tokyo</translation>
        </message>
        <message>
            <source>Silicon Valley — NA_Siliconvalley</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>硅谷 — NA_Siliconvalley</translation>
        </message>
        <message>
            <source>Virginia (Ashburn) — NA_Ashburn</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>弗吉尼亚（阿什本） — NA_Ashburn</translation>
        </message>
        <message>
            <source>Toronto — NA_Toronto</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>多伦多 — NA_Toronto</translation>
        </message>
        <message>
            <source>Frankfurt — EU_Frankfurt</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>法兰克福 — EU_Frankfurt</translation>
        </message>
        <message>
            <source>Moscow — EU_Moscow</source>
            <extracomment>storageConfig.region (Tencent Cloud COS)</extracomment>
            <translation>莫斯科 — EU_Moscow</translation>
        </message>
        <message>
            <source>CN_Hangzhou</source>
            <extracomment>storageConfig.region (Kingsoft Cloud)</extracomment>
            <translation>CN_Hangzhou</translation>
        </message>
        <message>
            <source>CN_Shanghai</source>
            <extracomment>storageConfig.region (Kingsoft Cloud)</extracomment>
            <translation>CN_Shanghai</translation>
        </message>
        <message>
            <source>CN_Qingdao</source>
            <extracomment>storageConfig.region (Kingsoft Cloud)</extracomment>
            <translation>CN_Qingdao</translation>
        </message>
        <message>
            <source>CN_Beijing</source>
            <extracomment>storageConfig.region (Kingsoft Cloud)</extracomment>
            <translation>CN_Beijing</translation>
        </message>
        <message>
            <source>CN_Guangzhou</source>
            <extracomment>storageConfig.region (Kingsoft Cloud)</extracomment>
            <translation>CN_Guangzhou</translation>
        </message>
        <message>
            <source>CN_Hongkong</source>
            <extracomment>storageConfig.region (Kingsoft Cloud)</extracomment>
            <translation>CN_Hongkong</translation>
        </message>
        <message>
            <source>JR_Beijing</source>
            <extracomment>storageConfig.region (Kingsoft Cloud)</extracomment>
            <translation>JR_Beijing</translation>
        </message>
        <message>
            <source>JR_Shanghai</source>
            <extracomment>storageConfig.region (Kingsoft Cloud)</extracomment>
            <translation>JR_Shanghai</translation>
        </message>
        <message>
            <source>NA_Russia_1</source>
            <extracomment>storageConfig.region (Kingsoft Cloud)</extracomment>
            <translation>NA_Russia_1</translation>
        </message>
        <message>
            <source>NA_Singapore_1</source>
            <extracomment>storageConfig.region (Kingsoft Cloud)</extracomment>
            <translation>NA_Singapore_1</translation>
        </message>
        <message>
            <source>(region ignored)</source>
            <extracomment>storageConfig.region (Microsoft Azure)</extracomment>
            <translation>（忽略区域）</translation>
        </message>
        <message>
            <source>Beijing 1 — CN_North_1</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>北京一 — CN_North_1</translation>
        </message>
        <message>
            <source>Beijing 4 — CN_North_4</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>北京四 — CN_North_4</translation>
        </message>
        <message>
            <source>Shanghai 2 — CN_East_2</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>上海二 — CN_East_2</translation>
        </message>
        <message>
            <source>Shanghai 1 — CN_East_3</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>上海一 — CN_East_3</translation>
        </message>
        <message>
            <source>Guangzhou — CN_South_1</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>广州 — CN_South_1</translation>
        </message>
        <message>
            <source>Guiyang 1 — CN_Southwest_2</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>贵阳一 — CN_Southwest_2</translation>
        </message>
        <message>
            <source>Hong Kong — AP_Southeast_1</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>香港 — AP_Southeast_1</translation>
        </message>
        <message>
            <source>Bangkok — AP_Southeast_2</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>曼谷 — AP_Southeast_2</translation>
        </message>
        <message>
            <source>Singapore — AP_Southeast_3</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>新加坡 — AP_Southeast_3</translation>
        </message>
        <message>
            <source>Johannesburg — AF_South_1</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>约翰内斯堡 — AF_South_1</translation>
        </message>
        <message>
            <source>Buenos Aires 1 — SA_Argentina_1</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>布宜诺斯艾利斯一 — SA_Argentina_1</translation>
        </message>
        <message>
            <source>Lima 1 — SA_Peru_1</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>利马一 — SA_Peru_1</translation>
        </message>
        <message>
            <source>Mexico City 1 — NA_Mexico_1</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>墨西哥城一 — NA_Mexico_1</translation>
        </message>
        <message>
            <source>São Paulo 1 — SA_Brazil_1</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>圣保罗一 — SA_Brazil_1</translation>
        </message>
        <message>
            <source>LA_South_2</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>LA_South_2</translation>
        </message>
        <message>
            <source>SA_Chile_1</source>
            <extracomment>storageConfig.region (Huawei Cloud OBS)</extracomment>
            <translation>SA_Chile_1</translation>
        </message>
        <message>
            <source>Beijing (older docs only)</source>
            <extracomment>storageConfig.region (Baidu AI Cloud BOS)</extracomment>
            <translation>北京（仅见于旧文档）</translation>
        </message>
        <message>
            <source>Baoding</source>
            <extracomment>storageConfig.region (Baidu AI Cloud BOS)</extracomment>
            <translation>保定</translation>
        </message>
        <message>
            <source>Suzhou</source>
            <extracomment>storageConfig.region (Baidu AI Cloud BOS)</extracomment>
            <translation>苏州</translation>
        </message>
        <message>
            <source>Guangzhou</source>
            <extracomment>storageConfig.region (Baidu AI Cloud BOS)</extracomment>
            <translation>广州</translation>
        </message>
        <message>
            <source>Hong Kong</source>
            <extracomment>storageConfig.region (Baidu AI Cloud BOS)</extracomment>
            <translation>香港</translation>
        </message>
        <message>
            <source>Singapore</source>
            <extracomment>storageConfig.region (Baidu AI Cloud BOS)</extracomment>
            <translation>新加坡</translation>
        </message>
        <message>
            <source>Wuhan</source>
            <extracomment>storageConfig.region (Baidu AI Cloud BOS)</extracomment>
            <translation>武汉</translation>
        </message>
        <message>
            <source>Shanghai</source>
            <extracomment>storageConfig.region (Baidu AI Cloud BOS)</extracomment>
            <translation>上海</translation>
        </message>
        <message>
            <source>(set the domain in extensionParams.endpoint)</source>
            <extracomment>storageConfig.region (S3-compatible (self-hosted))</extracomment>
            <translation>（在 extensionParams.endpoint 中设置域名）</translation>
        </message>
    </context>
    <context>
        <name>words</name>
        <message>
            <source>individual</source>
            <extracomment>recording mode (Mode)</extracomment>
            <translation>单流录制</translation>
        </message>
        <message>
            <source>mix</source>
            <extracomment>recording mode (Mode)</extracomment>
            <translation>合流录制</translation>
        </message>
        <message>
            <source>web</source>
            <extracomment>recording mode (Mode)</extracomment>
            <translation>页面录制</translation>
        </message>
        <message>
            <source>raw</source>
            <extracomment>recording mode (Mode)</extracomment>
            <translation>单流录制 v2（raw）</translation>
        </message>
        <message>
            <source>floating</source>
            <extracomment>layout name (mixedVideoLayout)</extracomment>
            <translation>悬浮</translation>
        </message>
        <message>
            <source>best fit</source>
            <extracomment>layout name (mixedVideoLayout)</extracomment>
            <translation>自适应</translation>
        </message>
        <message>
            <source>vertical</source>
            <extracomment>layout name (mixedVideoLayout)</extracomment>
            <translation>垂直</translation>
        </message>
        <message>
            <source>custom</source>
            <extracomment>layout name (mixedVideoLayout)</extracomment>
            <translation>自定义</translation>
        </message>
        <message>
            <source>audio only</source>
            <extracomment>streamTypes</extracomment>
            <translation>仅音频</translation>
        </message>
        <message>
            <source>video only</source>
            <extracomment>streamTypes</extracomment>
            <translation>仅视频</translation>
        </message>
        <message>
            <source>audio and video</source>
            <extracomment>streamTypes</extracomment>
            <translation>音频和视频</translation>
        </message>
        <message>
            <source>a whole number</source>
            <extracomment>wanted type (schema)</extracomment>
            <translation>整数</translation>
        </message>
        <message>
            <source>a number</source>
            <extracomment>wanted type (schema)</extracomment>
            <translation>数字</translation>
        </message>
        <message>
            <source>text (a JSON string)</source>
            <extracomment>wanted type (schema)</extracomment>
            <translation>文本（JSON 字符串）</translation>
        </message>
        <message>
            <source>true or false</source>
            <extracomment>wanted type (schema)</extracomment>
            <translation>true 或 false</translation>
        </message>
        <message>
            <source>a list</source>
            <extracomment>wanted type (schema)</extracomment>
            <translation>列表</translation>
        </message>
        <message>
            <source>an object</source>
            <extracomment>wanted type (schema)</extracomment>
            <translation>对象</translation>
        </message>
        <message>
            <source>null</source>
            <extracomment>JSON type (schema)</extracomment>
            <translation>null</translation>
        </message>
        <message>
            <source>boolean</source>
            <extracomment>JSON type (schema)</extracomment>
            <translation>布尔值</translation>
        </message>
        <message>
            <source>number</source>
            <extracomment>JSON type (schema)</extracomment>
            <translation>数字</translation>
        </message>
        <message>
            <source>string</source>
            <extracomment>JSON type (schema)</extracomment>
            <translation>字符串</translation>
        </message>
        <message>
            <source>list</source>
            <extracomment>JSON type (schema)</extracomment>
            <translation>列表</translation>
        </message>
        <message>
            <source>object</source>
            <extracomment>JSON type (schema)</extracomment>
            <translation>对象</translation>
        </message>
        <message>
            <source>not started</source>
            <extracomment>query status (serverResponse.status)</extracomment>
            <translation>未开始</translation>
        </message>
        <message>
            <source>initialised</source>
            <extracomment>query status (serverResponse.status)</extracomment>
            <translation>已初始化</translation>
        </message>
        <message>
            <source>components starting</source>
            <extracomment>query status (serverResponse.status)</extracomment>
            <translation>组件启动中</translation>
        </message>
        <message>
            <source>some components ready</source>
            <extracomment>query status (serverResponse.status)</extracomment>
            <translation>部分组件就绪</translation>
        </message>
        <message>
            <source>all components ready</source>
            <extracomment>query status (serverResponse.status)</extracomment>
            <translation>所有组件就绪</translation>
        </message>
        <message>
            <source>in progress</source>
            <extracomment>query status (serverResponse.status)</extracomment>
            <translation>录制中</translation>
        </message>
        <message>
            <source>stop requested</source>
            <extracomment>query status (serverResponse.status)</extracomment>
            <translation>已请求停止</translation>
        </message>
        <message>
            <source>all components stopped</source>
            <extracomment>query status (serverResponse.status)</extracomment>
            <translation>所有组件已停止</translation>
        </message>
        <message>
            <source>exited</source>
            <extracomment>query status (serverResponse.status)</extracomment>
            <translation>已退出</translation>
        </message>
        <message>
            <source>exited abnormally</source>
            <extracomment>query status (serverResponse.status)</extracomment>
            <translation>异常退出</translation>
        </message>
        <message>
            <source>unknown</source>
            <extracomment>query status (serverResponse.status)</extracomment>
            <translation>未知</translation>
        </message>
        <message>
            <source>uploaded: Agora reported every file in your storage</source>
            <extracomment>upload status (storage receipt)</extracomment>
            <translation>已上传：Agora 报告所有文件都已在你的存储中</translation>
        </message>
        <message>
            <source>backuped: at least one file went to Agora's backup cloud first and is forwarded to your bucket later — check again in a few minutes</source>
            <extracomment>upload status (storage receipt)</extracomment>
            <translation>已备份（backuped）：至少有一个文件先上传到了 Agora 的备份云，稍后会转存到你的存储桶——请过几分钟再检查</translation>
        </message>
        <message>
            <source>stranded: a file is held on the recorder (raw mode) and is uploaded later by an offline sync — not a failure</source>
            <extracomment>upload status (storage receipt)</extracomment>
            <translation>滞留（stranded）：有文件暂存在录制服务上（raw 模式），稍后会通过离线同步上传——这不是失败</translation>
        </message>
        <message>
            <source>unknown: Agora did not say whether the upload finished</source>
            <extracomment>upload status (storage receipt)</extracomment>
            <translation>未知：Agora 没有说明上传是否完成</translation>
        </message>
        <message>
            <source>acquiring</source>
            <extracomment>ledger state (api.ledger.STATES)</extracomment>
            <translation>获取资源中</translation>
        </message>
        <message>
            <source>acquired</source>
            <extracomment>ledger state (api.ledger.STATES)</extracomment>
            <translation>已获取资源</translation>
        </message>
        <message>
            <source>starting</source>
            <extracomment>ledger state (api.ledger.STATES)</extracomment>
            <translation>启动中</translation>
        </message>
        <message>
            <source>started</source>
            <extracomment>ledger state (api.ledger.STATES)</extracomment>
            <translation>已启动</translation>
        </message>
        <message>
            <source>running</source>
            <extracomment>ledger state (api.ledger.STATES)</extracomment>
            <translation>运行中</translation>
        </message>
        <message>
            <source>stopping</source>
            <extracomment>ledger state (api.ledger.STATES)</extracomment>
            <translation>停止中</translation>
        </message>
        <message>
            <source>stopped</source>
            <extracomment>ledger state (api.ledger.STATES)</extracomment>
            <translation>已停止</translation>
        </message>
        <message>
            <source>failed</source>
            <extracomment>ledger state (api.ledger.STATES)</extracomment>
            <translation>失败</translation>
        </message>
        <message>
            <source>audio</source>
            <extracomment>message argument</extracomment>
            <translation>音频</translation>
        </message>
        <message>
            <source>video</source>
            <extracomment>message argument</extracomment>
            <translation>视频</translation>
        </message>
        <message>
            <source>audio profile</source>
            <extracomment>message argument</extracomment>
            <translation>音频属性</translation>
        </message>
        <message>
            <source>canvas</source>
            <extracomment>message argument</extracomment>
            <translation>画布</translation>
        </message>
        <message>
            <source>live broadcast</source>
            <extracomment>message argument</extracomment>
            <translation>直播</translation>
        </message>
        <message>
            <source>communication</source>
            <extracomment>message argument</extracomment>
            <translation>通信</translation>
        </message>
        <message>
            <source>a hidden value</source>
            <extracomment>message argument</extracomment>
            <translation>一个隐藏的值</translation>
        </message>
        <message>
            <source>the body</source>
            <extracomment>message argument</extracomment>
            <translation>请求体</translation>
        </message>
        <message>
            <source>item</source>
            <extracomment>message argument</extracomment>
            <translation>项</translation>
        </message>
        <message>
            <source>items</source>
            <extracomment>message argument</extracomment>
            <translation>项</translation>
        </message>
        <message>
            <source>character</source>
            <extracomment>message argument</extracomment>
            <translation>字符</translation>
        </message>
        <message>
            <source>characters</source>
            <extracomment>message argument</extracomment>
            <translation>字符</translation>
        </message>
    </context>
</TS>
