<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>canvas.controller</name>
    <message>
        <source>Convert the preset to a custom layout to edit regions</source>
        <translation>请先将预设转换为自定义布局，再编辑区域</translation>
    </message>
    <message>
        <source>Nudge region</source>
        <translation>微调区域</translation>
    </message>
    <message>
        <source>Add region</source>
        <translation>添加区域</translation>
    </message>
    <message>
        <source>Locked regions cannot be deleted; unlock them first</source>
        <translation>锁定的区域不能删除，请先解锁</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>删除区域</translation>
    </message>
    <message>
        <source>Duplicate region</source>
        <translation>复制区域</translation>
    </message>
    <message>
        <source>Paste regions</source>
        <translation>粘贴区域</translation>
    </message>
    <message>
        <source>Bring region forward</source>
        <translation>将区域上移一层</translation>
    </message>
    <message>
        <source>Send region backward</source>
        <translation>将区域下移一层</translation>
    </message>
    <message>
        <source>Bring region to front</source>
        <translation>将区域置于顶层</translation>
    </message>
    <message>
        <source>Send region to back</source>
        <translation>将区域置于底层</translation>
    </message>
    <message>
        <source>Align {edge}</source>
        <translation>对齐：{edge}</translation>
    </message>
    <message>
        <source>Distribute {axis}</source>
        <translation>均匀分布：{axis}</translation>
    </message>
    <message>
        <source>The region is locked</source>
        <translation>该区域已锁定</translation>
    </message>
    <message>
        <source>Set background image</source>
        <translation>设置背景图片</translation>
    </message>
    <message>
        <source>Choose preset layout</source>
        <translation>选择预设布局</translation>
    </message>
    <message>
        <source>Set the Large user</source>
        <translation>设置大画面用户</translation>
    </message>
    <message>
        <source>Use custom layout</source>
        <translation>使用自定义布局</translation>
    </message>
    <message>
        <source>Convert to custom layout</source>
        <translation>转换为自定义布局</translation>
    </message>
    <message>
        <source>Apply layout template</source>
        <translation>应用布局模板</translation>
    </message>
</context>
<context>
    <name>canvas.editor</name>
    <message>
        <source>Region</source>
        <extracomment>canvas action → icon, where the names differ (others share the action&apos;s name)</extracomment>
        <translation>区域</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Custom ({custom_layout})</source>
        <extracomment>shows the &quot;region&quot; or &quot;participants&quot; side page; the main window&apos;s Layout workspace, which puts those pages into docks, replaces it</extracomment>
        <translation>自定义（{custom_layout}）</translation>
    </message>
    <message>
        <source>mixedVideoLayout: Agora&apos;s presets (0/1/2) or your own regions (3)</source>
        <translation>mixedVideoLayout：声网的预设（0/1/2）或您自己的区域（3）</translation>
    </message>
    <message>
        <source>Simulated users in the channel (preview only, not sent): the roster first</source>
        <translation>频道中的模拟用户（仅预览，不发送）：名单中的用户优先</translation>
    </message>
    <message>
        <source>maxResolutionUid: the roster user shown Large (vertical)</source>
        <translation>maxResolutionUid：以大画面显示的名单用户（垂直布局）</translation>
    </message>
    <message>
        <source>Large:</source>
        <translation>大画面：</translation>
    </message>
    <message>
        <source>Convert to custom</source>
        <translation>转换为自定义</translation>
    </message>
    <message>
        <source>Turn the previewed preset into editable regions (mixedVideoLayout 3)</source>
        <translation>将预览中的预设转换为可编辑的区域（mixedVideoLayout 3）</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Replace the regions with a template</source>
        <translation>用模板替换区域</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>用户数：</translation>
    </message>
    <message>
        <source>Nudge {direction} {n} px</source>
        <translation>向{direction}微调 {n} 像素</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>up</source>
        <translation>上</translation>
    </message>
    <message>
        <source>down</source>
        <translation>下</translation>
    </message>
    <message>
        <source>Select all regions</source>
        <translation>选择所有区域</translation>
    </message>
    <message>
        <source>Deselect</source>
        <translation>取消选择</translation>
    </message>
    <message>
        <source>Select nothing</source>
        <translation>不选择任何内容</translation>
    </message>
    <message>
        <source>+ Region</source>
        <translation>+ 区域</translation>
    </message>
    <message>
        <source>Add a region</source>
        <translation>添加一个区域</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>删除所选内容</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制一份</translation>
    </message>
    <message>
        <source>Duplicate the selection</source>
        <translation>复制所选内容的副本</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selection as JSON</source>
        <translation>以 JSON 复制所选内容</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste regions</source>
        <translation>粘贴区域</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Stacking order: later regions are drawn on top</source>
        <translation>层叠顺序：后面的区域绘制在上层</translation>
    </message>
    <message>
        <source>Bring forward</source>
        <translation>上移一层</translation>
    </message>
    <message>
        <source>Send backward</source>
        <translation>下移一层</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>置于顶层</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>置于底层</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <source>Align to the selection (or to the canvas for one region); distribute</source>
        <translation>与选区对齐（单个区域时与画布对齐）；均匀分布</translation>
    </message>
    <message>
        <source>Left edges</source>
        <translation>左边</translation>
    </message>
    <message>
        <source>Horizontal centres</source>
        <translation>水平居中</translation>
    </message>
    <message>
        <source>Right edges</source>
        <translation>右边</translation>
    </message>
    <message>
        <source>Top edges</source>
        <translation>顶边</translation>
    </message>
    <message>
        <source>Vertical centres</source>
        <translation>垂直居中</translation>
    </message>
    <message>
        <source>Bottom edges</source>
        <translation>底边</translation>
    </message>
    <message>
        <source>Align {lower}</source>
        <translation>对齐：{lower}</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>水平均匀分布</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>垂直均匀分布</translation>
    </message>
    <message>
        <source>{text} (3 or more regions)</source>
        <translation>{text}（3 个或更多区域）</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Lock: no drag, resize, nudge, inspector or delete</source>
        <translation>锁定：不能拖动、缩放、微调、在检查器中修改或删除</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide on the canvas only: a hidden region is still sent to Agora</source>
        <translation>仅在画布上隐藏：隐藏的区域仍会发送给声网</translation>
    </message>
    <message>
        <source>Snap</source>
        <translation>吸附</translation>
    </message>
    <message>
        <source>Snap to edges, centres and regions; hold Alt while dragging to suspend</source>
        <translation>吸附到边缘、中心线和其他区域；拖动时按住 Alt 暂停吸附</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Show and snap to a {default_grid_px} px grid</source>
        <translation>显示并吸附到 {default_grid_px} 像素网格</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Zoom to fit (Ctrl+wheel zooms)</source>
        <translation>缩放以适应（Ctrl+滚轮缩放）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>canvas.inspector</name>
    <message>
        <source>(join order)</source>
        <translation>（加入顺序）</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>No region selected</source>
        <translation>未选择区域</translation>
    </message>
    <message>
        <source>px</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>{value} in output pixels of the transcoding canvas</source>
        <translation>转码画布输出像素中的 {value}</translation>
    </message>
    <message>
        <source>{value} as sent to Agora (0..1, 6 decimals, R20)</source>
        <translation>发送给声网的 {value}（0..1，6 位小数，R20）</translation>
    </message>
    <message>
        <source>alpha: 0 transparent … 1 opaque</source>
        <translation>alpha：0 全透明 … 1 不透明</translation>
    </message>
    <message>
        <source>Crop to fill (0)</source>
        <translation>裁剪填满（0）</translation>
    </message>
    <message>
        <source>Fit with bars (1)</source>
        <translation>适应并加黑边（1）</translation>
    </message>
    <message>
        <source>render_mode: crop cuts the picture, fit letterboxes it</source>
        <translation>render_mode：裁剪会剪掉部分画面，适应会加黑边</translation>
    </message>
    <message>
        <source>UID shown in this region; (join order) fills it with users as they join</source>
        <translation>此区域显示的用户 ID；（加入顺序）表示按用户加入的顺序填充</translation>
    </message>
    <message>
        <source>https://…/picture.jpg</source>
        <translation>https://…/picture.jpg</translation>
    </message>
    <message>
        <source>backgroundConfig: shown for this uid when its video is off (JPG/BMP, R22)</source>
        <translation>backgroundConfig：该用户关闭视频时显示（JPG/BMP，R22）</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>渲染模式</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Preset preview — convert to custom to edit regions</source>
        <extracomment>why typed geometry was not applied (it stays in the boxes until fixed)</extracomment>
        <translation>预设预览 — 转换为自定义后才能编辑区域</translation>
    </message>
    <message>
        <source>{n_sel} regions selected</source>
        <translation>已选择 {n_sel} 个区域</translation>
    </message>
    <message>
        <source>Region {value}</source>
        <translation>区域 {value}</translation>
    </message>
    <message>
        <source> — locked (unlock to edit)</source>
        <translation> — 已锁定（解锁后才能编辑）</translation>
    </message>
    <message>
        <source>Set region {lower}</source>
        <translation>设置区域{lower}</translation>
    </message>
    <message>
        <source>Set alpha</source>
        <translation>设置透明度</translation>
    </message>
    <message>
        <source>Set render mode</source>
        <translation>设置渲染模式</translation>
    </message>
    <message>
        <source>Bind region to uid</source>
        <translation>将区域绑定到用户 ID</translation>
    </message>
</context>
<context>
    <name>canvas.items</name>
    <message>
        <source>background colour</source>
        <translation>背景颜色</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source>bg image</source>
        <translation>背景图片</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>hidden (still sent)</source>
        <translation>已隐藏（仍会发送）</translation>
    </message>
</context>
<context>
    <name>canvas.picture</name>
    <message>
        <source>Camera 16:9</source>
        <translation>摄像头 16:9</translation>
    </message>
    <message>
        <source>Phone 9:16</source>
        <translation>手机 9:16</translation>
    </message>
    <message>
        <source>Camera 4:3</source>
        <translation>摄像头 4:3</translation>
    </message>
    <message>
        <source>Screen share</source>
        <translation>屏幕共享</translation>
    </message>
</context>
<context>
    <name>canvas.region_list</name>
    <message>
        <source>Stacking order: the top row is drawn on top of the others</source>
        <translation>层叠顺序：最上面一行绘制在其他区域之上</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Bring forward (Ctrl+])</source>
        <translation>上移一层（Ctrl+]）</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Send backward (Ctrl+[)</source>
        <translation>下移一层（Ctrl+[）</translation>
    </message>
    <message>
        <source>(preset layout: no regions)</source>
        <translation>（预设布局：没有区域）</translation>
    </message>
    <message>
        <source>join order</source>
        <translation>加入顺序</translation>
    </message>
</context>
<context>
    <name>canvas.roster</name>
    <message>
        <source>UID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>视频源</translation>
    </message>
    <message>
        <source>Simulated channel users: bind regions to them and see how their picture is cut</source>
        <translation>模拟的频道用户：将区域绑定到他们，查看画面如何裁剪</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>添加参与者</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>移除参与者</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>编辑参与者</translation>
    </message>
    <message>
        <source>Change participant source</source>
        <translation>更改参与者的视频源</translation>
    </message>
</context>
<context>
    <name>canvas.scene</name>
    <message>
        <source>Large: uid {uid} is not among the simulated users</source>
        <translation>大画面：用户 {uid} 不在模拟用户中</translation>
    </message>
    <message>
        <source>Large: no maxResolutionUid set</source>
        <translation>大画面：未设置 maxResolutionUid</translation>
    </message>
    <message>
        <source>Preset preview: user {value} in join order</source>
        <translation>预设预览：按加入顺序的第 {value} 个用户</translation>
    </message>
</context>
<context>
    <name>canvas.scenes_bar</name>
    <message>
        <source>The layout being edited (a scene for updateLayout)</source>
        <translation>正在编辑的布局（用于 updateLayout 的场景）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a layout: empty, or a copy of this one</source>
        <translation>添加布局：空白布局，或当前布局的副本</translation>
    </message>
    <message>
        <source>Empty layout</source>
        <translation>空白布局</translation>
    </message>
    <message>
        <source>Duplicate this layout</source>
        <translation>复制此布局</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this layout (the start layout cannot be deleted)</source>
        <translation>删除此布局（开始录制时的布局不能删除）</translation>
    </message>
    <message>
        <source>Use for start</source>
        <translation>用于开始录制</translation>
    </message>
    <message>
        <source>Start sends this layout (start_layout)</source>
        <translation>开始录制时发送此布局（start_layout）</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <source>used by start</source>
        <translation>开始录制时使用</translation>
    </message>
    <message>
        <source>sent with updateLayout</source>
        <translation>通过 updateLayout 发送</translation>
    </message>
    <message>
        <source>Add layout {name}</source>
        <translation>添加布局 {name}</translation>
    </message>
    <message>
        <source>Duplicate layout {current}</source>
        <translation>复制布局 {current}</translation>
    </message>
    <message>
        <source>Rename layout</source>
        <translation>重命名布局</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename layout {current} to {new}</source>
        <translation>将布局 {current} 重命名为 {new}</translation>
    </message>
    <message>
        <source>Delete layout {current}</source>
        <translation>删除布局 {current}</translation>
    </message>
    <message>
        <source>Use {name} for start</source>
        <translation>开始录制时使用 {name}</translation>
    </message>
</context>
<context>
    <name>canvas.view</name>
    <message>
        <source>Move region</source>
        <extracomment>Screen pixels the mouse must travel before a press becomes a drag (no accidental moves). the regions as a drag shows them, before the release commits them (list[Region])</extracomment>
        <translation>移动区域</translation>
    </message>
    <message>
        <source>Resize region</source>
        <translation>调整区域大小</translation>
    </message>
    <message>
        <source>Move regions</source>
        <translation>移动区域</translation>
    </message>
</context>
<context>
    <name>dialogs.export_dialog</name>
    <message>
        <source>JSON body</source>
        <translation>JSON 请求体</translation>
    </message>
    <message>
        <source>Python (requests)</source>
        <translation>Python（requests）</translation>
    </message>
    <message>
        <source>The whole flow exports as curl or Python; choose one of those.
</source>
        <extracomment>The endpoint box&apos;s entry for the whole acquire → start → query → stop script.</extracomment>
        <translation>完整流程只能导出为 curl 或 Python；请选择其中之一。
</translation>
    </message>
    <message>
        <source>query is a GET request without a body; choose curl, Python or HTTPie.
</source>
        <translation>query 是没有请求体的 GET 请求；请选择 curl、Python 或 HTTPie。
</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>whole flow: acquire → start → query → stop</source>
        <translation>完整流程：acquire → start → query → stop</translation>
    </message>
    <message>
        <source>Include secrets</source>
        <translation>包含密钥</translation>
    </message>
    <message>
        <source>Write storage keys, tokens and decryption secrets literally</source>
        <translation>原样写出存储密钥、Token 和解密密钥</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>接口：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>⚠ Secrets are included. Anyone who gets this text can write to your storage bucket or join the channel as the recorder.</source>
        <translation>⚠ 已包含密钥。任何拿到这段文本的人都可以写入您的存储桶，或以录制端身份加入频道。</translation>
    </message>
    <message>
        <source>Secrets are shown as &lt;PLACEHOLDERS&gt;; credentials come from $AGORA_CUSTOMER_ID and $AGORA_CUSTOMER_SECRET.</source>
        <translation>密钥显示为 &lt;PLACEHOLDERS&gt; 占位符；凭证取自 $AGORA_CUSTOMER_ID 和 $AGORA_CUSTOMER_SECRET。</translation>
    </message>
    <message>
        <source>Save export</source>
        <translation>保存导出</translation>
    </message>
    <message>
        <source>Could not save: {exc}</source>
        <translation>无法保存：{exc}</translation>
    </message>
</context>
<context>
    <name>dialogs.help_dialogs</name>
    <message>
        <source>Canvas (while the canvas has the focus)</source>
        <translation>画布（画布获得焦点时）</translation>
    </message>
    <message>
        <source>Studio mode</source>
        <translation>导播模式</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>recstudio documentation</source>
        <translation>recstudio 文档</translation>
    </message>
    <message>
        <source>The README is not part of this installation: {exc}</source>
        <translation>此安装中不包含 README：{exc}</translation>
    </message>
</context>
<context>
    <name>dialogs.import_dialog</name>
    <message>
        <source>Nothing to import: paste a JSON body, a project or a curl command.</source>
        <translation>没有可导入的内容：请粘贴 JSON 请求体、项目或 curl 命令。</translation>
    </message>
    <message>
        <source>Cannot read the curl command: {exc}</source>
        <translation>无法读取 curl 命令：{exc}</translation>
    </message>
    <message>
        <source>The curl command has no JSON body to import (query has none).</source>
        <translation>此 curl 命令没有可导入的 JSON 请求体（query 没有请求体）。</translation>
    </message>
    <message>
        <source>Not valid JSON — line {line}, column {column}: {msg}</source>
        <translation>不是有效的 JSON — 第 {line} 行，第 {column} 列：{msg}</translation>
    </message>
    <message>
        <source>Opened project “{name}”.</source>
        <translation>已打开项目“{name}”。</translation>
    </message>
    <message>
        <source>App ID {app_id} from the curl URL replaces {app_id2}</source>
        <translation>curl URL 中的 App ID {app_id} 替换了 {app_id2}</translation>
    </message>
    <message>
        <source>Imported a {label} body ({value} mode).</source>
        <translation>已导入 {label} 请求体（{value} 模式）。</translation>
    </message>
    <message>
        <source>Import {label} body</source>
        <translation>导入 {label} 请求体</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Paste a request body (acquire, start, update, updateLayout or stop), a recstudio project, or a curl command copied from docs or logs.</source>
        <translation>粘贴请求体（acquire、start、update、updateLayout 或 stop）、recstudio 项目，或从文档或日志中复制的 curl 命令。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>接口：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Open JSON or curl file</source>
        <translation>打开 JSON 或 curl 文件</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {exc}</source>
        <translation>无法读取 {path}：{exc}</translation>
    </message>
    <message>
        <source>importing a project</source>
        <translation>导入项目</translation>
    </message>
</context>
<context>
    <name>examples</name>
    <message>
        <source>Podcast tracks (individual, audio only)</source>
        <extracomment>the bundled examples&apos; names (resources/examples/*.json &quot;name&quot;), marked for pyside6-lupdate; the window shows them through translate(&quot;examples&quot;, …)</extracomment>
        <translation>播客音轨（单流录制，仅音频）</translation>
    </message>
    <message>
        <source>Interview (mix, custom layout)</source>
        <translation>访谈（合流录制，自定义布局）</translation>
    </message>
    <message>
        <source>Two speakers (raw individual recording)</source>
        <translation>两位发言人（原始单流录制）</translation>
    </message>
    <message>
        <source>Scoreboard page (web recording + CDN push)</source>
        <translation>记分牌页面（页面录制 + 旁路推流）</translation>
    </message>
</context>
<context>
    <name>file_ops</name>
    <message>
        <source>recstudio projects (*.recstudio.json);;JSON files (*.json);;All files (*)</source>
        <translation>recstudio 项目 (*.recstudio.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <extracomment>the widget the questions and file dialogs belong to (the window itself)</extracomment>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before {doing}?</source>
        <translation>在{doing}之前保存对“{name}”的修改吗？</translation>
    </message>
    <message>
        <source>Autosave failed: {message} Your changes are still open; save them elsewhere.</source>
        <translation>自动保存失败：{message} 您的修改仍然打开着，请保存到其他位置。</translation>
    </message>
    <message>
        <source>starting a new project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>opening an example</source>
        <translation>打开示例</translation>
    </message>
    <message>
        <source>Cannot open example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>opening another project</source>
        <translation>打开其他项目</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {exc}</source>
        <translation>{name} 不是有效的 JSON：{exc}</translation>
    </message>
    <message>
        <source>{n_left} secret(s) of this project are not in the keyring: type them again (Storage, Session)</source>
        <translation>此项目有 {n_left} 个密钥不在密钥环中：请重新输入（云存储、会话）</translation>
    </message>
    <message>
        <source>Secrets could not be kept in the keyring: {error}</source>
        <translation>无法将密钥保存到密钥环：{error}</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>正在保存 {path}…</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>{exc}

Your changes are still open in recstudio.</source>
        <translation>{exc}

您的修改在 recstudio 中仍然打开着。</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Not valid JSON — line {line}, column {column}: {msg}</source>
        <translation>不是有效的 JSON — 第 {line} 行，第 {column} 列：{msg}</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>importing a project</source>
        <translation>导入项目</translation>
    </message>
    <message>
        <source>Could not update recent files</source>
        <translation>无法更新最近的文件</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>recstudio was not closed normally. Unsaved changes to “{value}”{where} were saved automatically at {when}.

Recover them?</source>
        <translation>recstudio 未正常关闭。对“{value}”{where}的未保存修改已于 {when} 自动保存。

要恢复吗？</translation>
    </message>
    <message>
        <source>Recovering {name}…</source>
        <translation>正在恢复 {name}…</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The autosave could not be read: {exc}</source>
        <translation>无法读取自动保存的内容：{exc}</translation>
    </message>
</context>
<context>
    <name>forms.editors</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>default: {value}</source>
        <extracomment>the problem in words under the field, not only in a tooltip (issue 13 point 5)</extracomment>
        <translation>默认：{value}</translation>
    </message>
    <message>
        <source>{value!r} (not allowed)</source>
        <translation>{value!r}（不允许）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Clear: leave it out of the body (the API default applies)</source>
        <translation>清除：不写入请求体（使用 API 默认值）</translation>
    </message>
    <message>
        <source>{value!r} (wrong type)</source>
        <translation>{value!r}（类型错误）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide this secret</source>
        <translation>显示或隐藏此密钥</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>背景颜色</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>UIDs, comma separated — #allstream# for everyone</source>
        <translation>用户 ID，以逗号分隔 — #allstream# 表示所有人</translation>
    </message>
</context>
<context>
    <name>forms.section_form</name>
    <message>
        <source>Range: {low} … {high}</source>
        <extracomment>a legacy feature: hidden unless &quot;Show legacy features&quot; is ticked or it holds a value for a union (``serviceParam``): only the fields of this variant (the service name) storage regions depend on the vendor: a word list that follows the vendor field</extracomment>
        <translation>范围：{low} … {high}</translation>
    </message>
    <message>
        <source>Modes: {modes}</source>
        <translation>适用模式：{modes}</translation>
    </message>
    <message>
        <source>Rule {rule}</source>
        <translation>规则 {rule}</translation>
    </message>
    <message>
        <source>Legacy feature</source>
        <translation>旧版功能</translation>
    </message>
    <message>
        <source>Show legacy features (ApsaraVideo VoD, postponed transcoding…)</source>
        <translation>显示旧版功能（阿里云视频点播、延时转码…）</translation>
    </message>
    <message>
        <source>Features in older Agora references only; shown anyway when set</source>
        <translation>仅见于旧版声网文档的功能；已设置时仍会显示</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Applies the next time recstudio starts</source>
        <translation>下次启动 recstudio 时生效</translation>
    </message>
    <message>
        <source>Could not save the language: {error}</source>
        <translation>无法保存语言设置：{error}</translation>
    </message>
    <message>
        <source>The language changes the next time recstudio starts.</source>
        <translation>语言将在下次启动 recstudio 时更改。</translation>
    </message>
</context>
<context>
    <name>layout_workspace</name>
    <message>
        <source>Loading the canvas…</source>
        <translation>正在加载画布…</translation>
    </message>
    <message>
        <source>Body and problems</source>
        <translation>请求体与问题</translation>
    </message>
    <message>
        <source>Show the live request body and its problems below</source>
        <translation>在下方显示实时请求体及其问题</translation>
    </message>
    <message>
        <source>Studio mode</source>
        <translation>导播模式</translation>
    </message>
    <message>
        <source>Program (what the live recording renders) beside Preview (the scene you edit); Take sends Preview</source>
        <translation>节目（实时录制正在合成的画面）与预览（您正在编辑的场景）并排显示；“切换”发送预览</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No layout to design&lt;/h3&gt;&lt;p&gt;Layouts are for composite recordings (mix mode): one video of everyone, arranged on a canvas. This project records another way; its settings are in the Request workspace.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;没有可设计的布局&lt;/h3&gt;&lt;p&gt;布局用于合流录制（mix 模式）：所有人合成为一路视频，排列在画布上。本项目使用其他录制方式，其设置位于“请求”工作区。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the Request workspace (Ctrl+2)</source>
        <translation>打开“请求”工作区（Ctrl+2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — the scene Take sends</source>
        <translation>&lt;b&gt;预览&lt;/b&gt; — “切换”将发送的场景</translation>
    </message>
    <message>
        <source>Checking the request…</source>
        <extracomment>narrower than this, Program goes above Preview instead of beside it (a 1024 px window cannot hold both side by side with the inspector)</extracomment>
        <translation>正在检查请求…</translation>
    </message>
    <message>
        <source>✖ {errors} error(s), {warnings} warning(s): Start is blocked</source>
        <translation>✖ {errors} 个错误，{warnings} 个警告：无法开始录制</translation>
    </message>
    <message>
        <source>⚠ {warnings} warning(s); the bodies can be sent</source>
        <translation>⚠ {warnings} 个警告；请求体可以发送</translation>
    </message>
    <message>
        <source>✔ No problems: the bodies can be sent</source>
        <translation>✔ 没有问题：请求体可以发送</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Problems</source>
        <extracomment>every close hook agreed: the window is going away (workers shut down on this) callables asked before the window closes; one returning False cancels the close (the recordings panel asks about running recordings here)</extracomment>
        <translation>问题</translation>
    </message>
    <message>
        <source>Body and problems</source>
        <translation>请求体与问题</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>the recordings feature: ``launch`` installs it (``install_recordings``) once the window exists; a window built without it (some tests) keeps None the Rehearsal dock&apos;s parts (``install_rehearsal``), set by ``launch`` like recordings</extracomment>
        <translation>区域</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Layout options</source>
        <translation>布局选项</translation>
    </message>
    <message>
        <source>Live layout</source>
        <translation>实时布局</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a body, project or curl command</source>
        <translation>导入请求体、项目或 curl 命令</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export as JSON, curl, Python or HTTPie</source>
        <translation>导出为 JSON、curl、Python 或 HTTPie</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Mask App ID, customer ID and secrets for screen sharing</source>
        <translation>屏幕共享时遮盖 App ID、客户 ID 和密钥</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open e&amp;xample</source>
        <translation>打开示例(&amp;X)</translation>
    </message>
    <message>
        <source>A copy of a bundled example project</source>
        <translation>内置示例项目的副本</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Recording</source>
        <translation>录制(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>起始页(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every key of the window</source>
        <translation>窗口中的所有按键</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>The README, shown here (no network)</source>
        <translation>README，在此显示（无需联网）</translation>
    </message>
    <message>
        <source>&amp;About recstudio</source>
        <translation>关于 recstudio(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo {t} (Ctrl+Z)</source>
        <translation>撤销 {t}（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo {t} (Ctrl+Shift+Z)</source>
        <translation>重做 {t}（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems&lt;/b&gt; in all bodies — {errors} error(s), {warnings} warning(s)</source>
        <translation>所有请求体中的&lt;b&gt;问题&lt;/b&gt; — {errors} 个错误，{warnings} 个警告</translation>
    </message>
    <message>
        <source>{name}[*] — recstudio</source>
        <translation>{name}[*] — recstudio</translation>
    </message>
    <message>
        <source>About recstudio</source>
        <translation>关于 recstudio</translation>
    </message>
    <message>
        <source>&lt;b&gt;recstudio {version}&lt;/b&gt;&lt;br&gt;Build, check, export and run Agora Cloud Recording requests.</source>
        <translation>&lt;b&gt;recstudio {version}&lt;/b&gt;&lt;br&gt;构建、检查、导出并运行声网云端录制请求。</translation>
    </message>
    <message>
        <source>quitting</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>mode_switch</name>
    <message>
        <source>Switch to {value} mode</source>
        <translation>切换到 {value} 模式</translation>
    </message>
</context>
<context>
    <name>panels.json_panel</name>
    <message>
        <source>Which request body to show</source>
        <extracomment>Texts longer than this (characters) are shown without syntax colours.</extracomment>
        <translation>要显示哪个请求体</translation>
    </message>
    <message>
        <source>Named layout sent by updateLayout</source>
        <translation>由 updateLayout 发送的命名布局</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>Secrets are shown as placeholders unless this is ticked</source>
        <translation>除非勾选此项，否则密钥显示为占位符</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the whole body (secrets as shown)</source>
        <translation>复制整个请求体（密钥按显示内容）</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Long arrays and big strings are shortened in this view (never in what is sent or exported); tick to see every item</source>
        <translation>长数组和长字符串在此视图中会被缩短（发送或导出的内容不会）；勾选可查看全部内容</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>请求体：</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>This {endpoint} body: </source>
        <translation>此 {endpoint} 请求体：</translation>
    </message>
    <message>
        <source>{which}&lt;span style=&apos;color:#c0392b&apos;&gt;✖ {errors} error(s)&lt;/span&gt;, {warnings} warning(s)</source>
        <translation>{which}&lt;span style=&apos;color:#c0392b&apos;&gt;✖ {errors} 个错误&lt;/span&gt;，{warnings} 个警告</translation>
    </message>
    <message>
        <source>{which}✔ valid — {warnings} warning(s)</source>
        <translation>{which}✔ 有效 — {warnings} 个警告</translation>
    </message>
    <message>
        <source>{which}✔ valid</source>
        <translation>{which}✔ 有效</translation>
    </message>
    <message>
        <source>Presenter mode is on: secrets stay hidden</source>
        <translation>演示模式已开启：密钥保持隐藏</translation>
    </message>
</context>
<context>
    <name>panels.problems_panel</name>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>(body)</source>
        <extracomment>the selected problem in full: rows are one line, messages and hints are not</extracomment>
        <translation>（请求体）</translation>
    </message>
    <message>
        <source>How to fix: {hint}</source>
        <translation>解决方法：{hint}</translation>
    </message>
    <message>
        <source>&lt;i&gt;How to fix:&lt;/i&gt; {hint}</source>
        <translation>&lt;i&gt;解决方法：&lt;/i&gt;{hint}</translation>
    </message>
</context>
<context>
    <name>recordings</name>
    <message>
        <source>Recordings</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source> — sid {value}…</source>
        <translation> — sid {value}…</translation>
    </message>
    <message>
        <source> — no sid known</source>
        <translation> — sid 未知</translation>
    </message>
    <message>
        <source>Recordings are still running</source>
        <translation>仍有录制正在进行</translation>
    </message>
    <message>
        <source>{n_running} recording(s) may still be running and billing:

</source>
        <translation>{n_running} 个录制可能仍在进行并计费：

</translation>
    </message>
    <message>
        <source>Stop them now, or keep them running? Kept recordings are listed again the next time recstudio starts, so you can stop them then.</source>
        <translation>现在停止它们，还是保持运行？保持运行的录制会在下次启动 recstudio 时再次列出，届时可以停止。</translation>
    </message>
    <message>
        <source>Stop them</source>
        <translation>停止它们</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>保持运行</translation>
    </message>
    <message>
        <source>Stopping {n_running} recording(s) before closing…</source>
        <translation>关闭前正在停止 {n_running} 个录制…</translation>
    </message>
    <message>
        <source>Some recordings could not be stopped</source>
        <translation>部分录制无法停止</translation>
    </message>
    <message>
        <source>These may still be running; they will be listed at the next start:
</source>
        <translation>这些录制可能仍在进行；下次启动时会再次列出：
</translation>
    </message>
</context>
<context>
    <name>recordings.actions</name>
    <message>
        <source>all files are in your storage</source>
        <extracomment>stop&apos;s ``uploadingStatus`` in words (reference §3.6).</extracomment>
        <translation>所有文件都已在您的云存储中</translation>
    </message>
    <message>
        <source>files uploaded, some through Agora&apos;s backup cloud (forwarded later)</source>
        <translation>文件已上传，部分经由声网备份云（稍后转存）</translation>
    </message>
    <message>
        <source>upload status unknown</source>
        <translation>上传状态未知</translation>
    </message>
    <message>
        <source>No recording with a sid to stop.</source>
        <translation>没有带 sid 的录制可停止。</translation>
    </message>
    <message>
        <source>Recording {sid} is already {state}.</source>
        <translation>录制 {sid} 已处于 {state} 状态。</translation>
    </message>
    <message>
        <source>stopping (async)…</source>
        <translation>正在停止（异步）…</translation>
    </message>
    <message>
        <source>stopping, waiting for the upload…</source>
        <translation>正在停止，等待上传…</translation>
    </message>
    <message>
        <source>Stopping {cname}…</source>
        <translation>正在停止 {cname}…</translation>
    </message>
    <message>
        <source>No running recording to update.</source>
        <translation>没有正在进行的录制可更新。</translation>
    </message>
    <message>
        <source>The update draft is empty: fill in the Update section first.</source>
        <translation>更新草稿为空：请先填写“更新”部分。</translation>
    </message>
    <message>
        <source>The update body has {n_errors} error(s); see Problems.</source>
        <translation>更新请求体有 {n_errors} 个错误；请查看“问题”。</translation>
    </message>
    <message>
        <source>No running recording to send a layout to.</source>
        <translation>没有正在进行的录制可发送布局。</translation>
    </message>
    <message>
        <source>updateLayout is only for composite (mix) recordings.</source>
        <translation>updateLayout 仅适用于合流（mix）录制。</translation>
    </message>
    <message>
        <source>Sent {what} to {sid}.</source>
        <translation>已将 {what} 发送到 {sid}。</translation>
    </message>
    <message>
        <source>Sending {what}…</source>
        <translation>正在发送 {what}…</translation>
    </message>
</context>
<context>
    <name>recordings.backlog</name>
    <message>
        <source>{n_written} recording(s) are now in the ledger.</source>
        <translation>{n_written} 个录制已记入台账。</translation>
    </message>
</context>
<context>
    <name>recordings.cells</name>
    <message>
        <source>{words} ⚠ late start (R37)</source>
        <extracomment>How the State cell is coloured: ``active`` green, ``failed`` red, ``unknown`` orange.</extracomment>
        <translation>{words} ⚠ 开始过晚（R37）</translation>
    </message>
</context>
<context>
    <name>recordings.connections</name>
    <message>
        <source>there is no connection profile named “{name}”</source>
        <extracomment>the profile whose Customer Secret is missing (the panel can ask for it) Shared by polls, updates and stops of this connection (it serialises updates, §3.4).</extracomment>
        <translation>没有名为“{name}”的连接配置</translation>
    </message>
    <message>
        <source>Choose a profile in the toolbar or add one in Recording → Connection profiles.</source>
        <translation>请在工具栏中选择一个配置，或在“录制 → 连接配置”中添加。</translation>
    </message>
    <message>
        <source>no App ID: neither the project nor the profile has one</source>
        <translation>没有 App ID：项目和配置中都没有</translation>
    </message>
    <message>
        <source>Enter the App ID in the Session section or in the connection profile.</source>
        <translation>请在“会话”部分或连接配置中填写 App ID。</translation>
    </message>
    <message>
        <source>the profile “{name}” has no Customer ID or Customer Secret</source>
        <translation>配置“{name}”没有客户 ID 或客户密钥</translation>
    </message>
    <message>
        <source>Open Recording → Connection profiles and enter them (the secret is kept in the system keyring), or type the secret in the recording&apos;s details.</source>
        <translation>请打开“录制 → 连接配置”填写（密钥保存在系统密钥环中），或在录制详情中输入密钥。</translation>
    </message>
    <message>
        <source>no Customer ID or Customer Secret</source>
        <translation>没有客户 ID 或客户密钥</translation>
    </message>
    <message>
        <source>Enter both and save the profile first.</source>
        <translation>请先填写两项并保存配置。</translation>
    </message>
    <message>
        <source>Connected to {base_url} as {customer_id} ({source} credentials). NCS IPs: {value}.</source>
        <translation>已以 {customer_id}（{source} 凭证）连接到 {base_url}。NCS IP：{value}。</translation>
    </message>
    <message>
        <source>ledger write failed</source>
        <translation>台账写入失败</translation>
    </message>
    <message>
        <source>Free disk space or fix the folder&apos;s permissions; recstudio retries.</source>
        <translation>请释放磁盘空间或修正文件夹权限；recstudio 会重试。</translation>
    </message>
</context>
<context>
    <name>recordings.controller</name>
    <message>
        <source>Loading profiles and the recordings ledger…</source>
        <extracomment>Views and tests import these from here; they live next to the code that uses them. Finished recordings kept in the panel (the ledger keeps more; the CLI can list them). Client retry schedule (None: Agora&apos;s, recstudio.api.retry); tests use never().</extracomment>
        <translation>正在加载配置和录制台账…</translation>
    </message>
    <message>
        <source>From an earlier session: </source>
        <translation>来自之前的会话：</translation>
    </message>
    <message>
        <source>{n_running} recording(s) from an earlier session may still be running; querying them.</source>
        <translation>之前会话中的 {n_running} 个录制可能仍在进行；正在查询。</translation>
    </message>
    <message>
        <source>The old ledger.jsonl was imported; {n_problems} bad line(s) skipped ({value}).</source>
        <translation>已导入旧的 ledger.jsonl；跳过了 {n_problems} 行错误内容（{value}）。</translation>
    </message>
    <message>
        <source>Keeping the secret…</source>
        <translation>正在保存密钥…</translation>
    </message>
    <message>
        <source>Starting the Sandbox…</source>
        <translation>正在启动 Sandbox…</translation>
    </message>
</context>
<context>
    <name>recordings.event_receiver</name>
    <message>
        <source>Starting on port {port}…</source>
        <extracomment>rows the dialog keeps; the database keeps everything receivers running in this process (the Sandbox&apos;s notify box sends to one by default)</extracomment>
        <translation>正在端口 {port} 上启动…</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:{port}: {value} — choose another port (0 = any free port)</source>
        <translation>无法在 127.0.0.1:{port} 上监听：{value} — 请选择其他端口（0 表示任意空闲端口）</translation>
    </message>
    <message>
        <source>Starting the NCS receiver…</source>
        <translation>正在启动 NCS 接收器…</translation>
    </message>
    <message>
        <source>Stopping the NCS receiver…</source>
        <translation>正在停止 NCS 接收器…</translation>
    </message>
    <message>
        <source>Not receiving events.</source>
        <translation>未在接收事件。</translation>
    </message>
    <message>
        <source>signatures checked</source>
        <translation>已校验签名</translation>
    </message>
    <message>
        <source>no secret: signatures not checked</source>
        <translation>没有密钥：未校验签名</translation>
    </message>
    <message>
        <source>Receiving on {url} ({check}) — {got} event(s){note}.</source>
        <translation>正在 {url} 上接收（{check}）— {got} 个事件{note}。</translation>
    </message>
    <message>
        <source>Receive NCS events</source>
        <translation>接收 NCS 事件</translation>
    </message>
    <message>
        <source>0 picks any free port</source>
        <translation>0 表示任选一个空闲端口</translation>
    </message>
    <message>
        <source>NCS secret from Agora Console (empty: remembered one)</source>
        <translation>声网控制台中的 NCS 密钥（留空则使用已保存的）</translation>
    </message>
    <message>
        <source>Remember the secret in the system keyring</source>
        <translation>将密钥保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Start receiving</source>
        <translation>开始接收</translation>
    </message>
    <message>
        <source>Listens on 127.0.0.1 only. To let Agora reach it, expose it through a tunnel of your choice (README, “Receiving NCS events”): anyone with the tunnel&apos;s URL can post to it — unsigned or forged events are kept but marked, never trusted.</source>
        <translation>只在 127.0.0.1 上监听。要让声网访问它，请通过您选择的隧道对外暴露（见 README“接收 NCS 事件”）：任何拿到隧道 URL 的人都可以向它发送 — 未签名或伪造的事件会被保留并标记，但绝不会被信任。</translation>
    </message>
    <message>
        <source>received (UTC)</source>
        <translation>接收时间（UTC）</translation>
    </message>
    <message>
        <source>sid</source>
        <translation>sid</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Stop receiving</source>
        <translation>停止接收</translation>
    </message>
    <message>
        <source>Receive NCS events…</source>
        <translation>接收 NCS 事件…</translation>
    </message>
    <message>
        <source>Run a local receiver for Agora&apos;s Notification Center events: they are kept in the ledger database and shown in each recording&apos;s timeline as they arrive</source>
        <translation>运行一个本地接收器，接收声网消息通知服务（NCS）的事件：事件保存在台账数据库中，并在到达时显示在各个录制的时间线里</translation>
    </message>
    <message>
        <source>NCS events :{port} · {got}</source>
        <translation>NCS 事件 :{port} · {got}</translation>
    </message>
</context>
<context>
    <name>recordings.layout_diff</name>
    <message>
        <source>{field}: set to {short}</source>
        <extracomment>True when the new layout omits the field and it falls back to its default.</extracomment>
        <translation>{field}：设为 {short}</translation>
    </message>
</context>
<context>
    <name>recordings.log_panel</name>
    <message>
        <source>Time</source>
        <extracomment>&quot;Host&quot; shows which domain answered (or refused) after a regional failover (§1.1).</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Filter: endpoint, sid, status, code, error text…</source>
        <extracomment>how many calls have been dropped from the front (a row&apos;s lasting number is ``first + row``, so the filtered view survives the log&apos;s limit)</extracomment>
        <translation>筛选：接口、sid、状态、错误码、错误信息…</translation>
    </message>
    <message>
        <source>Export for support ticket…</source>
        <translation>导出用于工单…</translation>
    </message>
    <message>
        <source>Save every call (secrets redacted) and the recordings&apos; ids as one JSON file</source>
        <translation>将所有调用（已隐去密钥）和录制 ID 保存为一个 JSON 文件</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Select a call to see its request and response bodies.</source>
        <translation>选择一个调用以查看其请求体和响应体。</translation>
    </message>
    <message>
        <source>{shown} of {total} calls</source>
        <translation>{shown} / {total} 个调用</translation>
    </message>
    <message>
        <source>{total} calls</source>
        <translation>{total} 个调用</translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation>导出请求日志</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>recordings.panel</name>
    <message>
        <source>State</source>
        <extracomment>column names; the panel shows them through translate(&quot;recordings.panel&quot;, …)</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Recorder UID</source>
        <translation>录制端用户 ID</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>录制状态码</translation>
    </message>
    <message>
        <source>Send layout “{name}”?</source>
        <translation>发送布局“{name}”？</translation>
    </message>
    <message>
        <source>updateLayout replaces the whole layout of the running recording. Fields this layout does not set go back to their defaults.</source>
        <translation>updateLayout 会替换正在进行的录制的整个布局。此布局未设置的字段将恢复为默认值。</translation>
    </message>
    <message>
        <source>No visible change: the recording already has this layout.</source>
        <translation>没有可见变化：录制已在使用此布局。</translation>
    </message>
    <message>
        <source>{n_reverts} field(s) will revert to their defaults.</source>
        <translation>{n_reverts} 个字段将恢复为默认值。</translation>
    </message>
    <message>
        <source>No field reverts to its default.</source>
        <translation>没有字段会恢复为默认值。</translation>
    </message>
    <message>
        <source>Send layout</source>
        <translation>发送布局</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Update subscriptions</source>
        <translation>更新订阅</translation>
    </message>
    <message>
        <source>Send the project&apos;s update draft (it replaces the subscription lists)</source>
        <translation>发送项目的更新草稿（它会替换订阅列表）</translation>
    </message>
    <message>
        <source>Send layout…</source>
        <translation>发送布局…</translation>
    </message>
    <message>
        <source>updateLayout with the chosen named layout (shows what reverts first)</source>
        <translation>用所选的命名布局发送 updateLayout（先显示哪些会还原）</translation>
    </message>
    <message>
        <source>Copy ids</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Copy cname, uid, mode, resourceId and sid as JSON</source>
        <translation>以 JSON 复制 cname、uid、mode、resourceId 和 sid</translation>
    </message>
    <message>
        <source>Timeline / Diagnose…</source>
        <translation>时间线 / 诊断…</translation>
    </message>
    <message>
        <source>What was sent and received, every status and NCS event; why it stopped</source>
        <translation>发送和接收的内容、每个状态和 NCS 事件；录制停止的原因</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Customer Secret</source>
        <translation>客户密钥</translation>
    </message>
    <message>
        <source>Use and query</source>
        <translation>使用并查询</translation>
    </message>
    <message>
        <source>Secret of “{profile}”:</source>
        <translation>“{profile}”的密钥：</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;No recording selected. Press &lt;b&gt;Start&lt;/b&gt; (Ctrl+R) to acquire, start and confirm a recording with the project&apos;s bodies; the “Sandbox” profile needs no Agora account.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;未选择录制。按&lt;b&gt;开始&lt;/b&gt;（Ctrl+R）即可用项目的请求体获取资源、开始并确认一个录制；“Sandbox”配置无需声网账号。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Status: not queried yet.</source>
        <translation>状态：尚未查询。</translation>
    </message>
    <message>
        <source>Status: no sid.</source>
        <translation>状态：没有 sid。</translation>
    </message>
    <message>
        <source>Status: {words} — {meaning}</source>
        <translation>状态：{words} — {meaning}</translation>
    </message>
    <message>
        <source>Last reported status: {escape}</source>
        <translation>最近报告的状态：{escape}</translation>
    </message>
    <message>
        <source>Layout now: “{escape}”</source>
        <translation>当前布局：“{escape}”</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#555&apos;&gt;{escape}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#555&apos;&gt;{escape}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#ef6c00&apos;&gt;⚠ {escape}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#ef6c00&apos;&gt;⚠ {escape}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Files ({n_lines})</source>
        <translation>文件（{n_lines}）</translation>
    </message>
    <message>
        <source>Files (none yet)</source>
        <translation>文件（暂无）</translation>
    </message>
    <message>
        <source>updateLayout is only for composite (mix) recordings</source>
        <translation>updateLayout 仅适用于合流（mix）录制</translation>
    </message>
    <message>
        <source>Layout has errors</source>
        <translation>布局有错误</translation>
    </message>
    <message>
        <source>The layout “{name}” cannot be sent:

</source>
        <translation>布局“{name}”无法发送：

</translation>
    </message>
    <message>
        <source>Copied the ids of {sid}.</source>
        <translation>已复制 {sid} 的 ID。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field to fix:&lt;/b&gt; &lt;code&gt;{escape}&lt;/code&gt;</source>
        <translation>&lt;b&gt;需要修改的字段：&lt;/b&gt;&lt;code&gt;{escape}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; {escape}</source>
        <translation>&lt;b&gt;处理方法：&lt;/b&gt;{escape}</translation>
    </message>
</context>
<context>
    <name>recordings.polling</name>
    <message>
        <source>No recording with a sid to query.</source>
        <extracomment>How often the tick runs: elapsed times repaint once a second, polls are due to the 1/4 s.</extracomment>
        <translation>没有带 sid 的录制可查询。</translation>
    </message>
    <message>
        <source>Agora no longer has this recorder; it has ended.</source>
        <translation>声网已没有这个录制端；录制已结束。</translation>
    </message>
    <message>
        <source>Querying {cname}…</source>
        <translation>正在查询 {cname}…</translation>
    </message>
    <message>
        <source>Recording {sid} reached the maximum of {minutes} min; stopping it.</source>
        <translation>录制 {sid} 已达到最长 {minutes} 分钟，正在停止。</translation>
    </message>
    <message>
        <source>Stopped automatically after the maximum duration ({minutes} min).</source>
        <translation>达到最长时长（{minutes} 分钟）后自动停止。</translation>
    </message>
</context>
<context>
    <name>recordings.profiles_dialog</name>
    <message>
        <source>Western US</source>
        <extracomment>combo data of a region entry: &quot;region:eu&quot; (a profile&apos;s region, reference §1.1) the Qt-free names of model/routes.py, model/domains.py and settings/profiles.py the base URL list shows, marked for pyside6-lupdate</extracomment>
        <translation>美国西部</translation>
    </message>
    <message>
        <source>Eastern US</source>
        <translation>美国东部</translation>
    </message>
    <message>
        <source>Southeast Asia-Pacific</source>
        <translation>东南亚太</translation>
    </message>
    <message>
        <source>Northeast Asia-Pacific</source>
        <translation>东北亚太</translation>
    </message>
    <message>
        <source>Western Europe</source>
        <translation>西欧</translation>
    </message>
    <message>
        <source>Central Europe</source>
        <translation>中欧</translation>
    </message>
    <message>
        <source>East China</source>
        <translation>华东</translation>
    </message>
    <message>
        <source>North China</source>
        <translation>华北</translation>
    </message>
    <message>
        <source>global</source>
        <translation>全球</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>全球</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>北美</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>亚洲</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>Sandbox (built-in emulator, no account needed)</source>
        <translation>Sandbox（内置模拟器，无需账号）</translation>
    </message>
    <message>
        <source>No system keyring found: secrets are kept for this session only and will be asked again next time</source>
        <translation>未找到系统密钥环：密钥仅在本次会话中保留，下次会再次询问</translation>
    </message>
    <message>
        <source>Secrets are stored in the system keyring ({backend}).</source>
        <translation>密钥保存在系统密钥环中（{backend}）。</translation>
    </message>
    <message>
        <source> ({backend} cannot keep anything).</source>
        <translation>（{backend} 无法保存任何内容）。</translation>
    </message>
    <message>
        <source> ({backend} wraps no backend).</source>
        <translation>（{backend} 未包装任何后端）。</translation>
    </message>
    <message>
        <source> ({backend} writes secrets to a plain or weakly protected file{place}).</source>
        <translation>（{backend} 会把密钥写入明文或保护薄弱的文件{place}）。</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Region: {label} ({value}, with failover)</source>
        <translation>区域：{label}（{value}，含故障转移）</translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation>留空则保留已保存的密钥</translation>
    </message>
    <message>
        <source>optional: for generating RTC tokens</source>
        <translation>可选：用于生成 RTC Token</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Customer Secret</source>
        <translation>客户密钥</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>App Certificate</source>
        <translation>App 证书</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>An authenticated call that changes nothing (the NCS IP list)</source>
        <translation>一个经过认证但不做任何更改的调用（NCS IP 列表）</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>正在检查密钥环…</translation>
    </message>
    <message>
        <source>Loading profiles…</source>
        <translation>正在加载配置…</translation>
    </message>
    <message>
        <source>The built-in Sandbox: a local emulator, no Agora account needed.</source>
        <translation>内置的 Sandbox：本地模拟器，无需声网账号。</translation>
    </message>
    <message>
        <source>Profile {n}</source>
        <translation>配置 {n}</translation>
    </message>
    <message>
        <source>New profile: fill it in and press Save profile.</source>
        <translation>新配置：填写后按“保存配置”。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;{first_error}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;{first_error}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>已保存“{name}”。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Save the profile first, then test it.</source>
        <translation>请先保存配置，再进行测试。</translation>
    </message>
    <message>
        <source>Testing “{name}”…</source>
        <translation>正在测试“{name}”…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ {text}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ {text}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;✖ {text}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;✖ {text}&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>recordings.request_log</name>
    <message>
        <source>Request log exported to {written}.</source>
        <extracomment>Request log entries kept in memory: a support desk&apos;s day (issue 12: 10k calls). ``search_text`` of each entry of ``records``, made once as the call is logged</extracomment>
        <translation>请求日志已导出到 {written}。</translation>
    </message>
    <message>
        <source>Exporting the request log…</source>
        <translation>正在导出请求日志…</translation>
    </message>
</context>
<context>
    <name>recordings.sandbox_notify</name>
    <message>
        <source>NCS events (webhook)</source>
        <translation>NCS 事件（webhook）</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8791/</source>
        <translation>http://127.0.0.1:8791/</translation>
    </message>
    <message>
        <source>secret for Agora-Signature (optional)</source>
        <translation>Agora-Signature 的密钥（可选）</translation>
    </message>
    <message>
        <source>Send events</source>
        <translation>发送事件</translation>
    </message>
    <message>
        <source>Every recording of the Sandbox posts signed NCS events to this URL, with NCS&apos;s retries (resend without a 200 within 10 s, 3 times)</source>
        <translation>Sandbox 的每个录制都会向此 URL 发送带签名的 NCS 事件，并按 NCS 的方式重试（10 秒内未收到 200 则重发，共 3 次）</translation>
    </message>
    <message>
        <source>Not sending events.</source>
        <translation>未发送事件。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Start the Sandbox first.</source>
        <translation>请先启动 Sandbox。</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>停止发送</translation>
    </message>
    <message>
        <source>Sending {signed} events to {url}.</source>
        <translation>正在向 {url} 发送{signed}事件。</translation>
    </message>
</context>
<context>
    <name>recordings.sandbox_panel</name>
    <message>
        <source>any endpoint</source>
        <extracomment>the first entry is a word for &quot;no scope&quot;, the others the API&apos;s endpoint names</extracomment>
        <translation>任意接口</translation>
    </message>
    <message>
        <source>Start Sandbox</source>
        <translation>启动 Sandbox</translation>
    </message>
    <message>
        <source>Participants in the project&apos;s channel</source>
        <translation>项目频道中的参与者</translation>
    </message>
    <message>
        <source>uid, e.g. 1001</source>
        <translation>用户 ID，例如 1001</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Join roster</source>
        <translation>名单用户加入</translation>
    </message>
    <message>
        <source>Every uid of the project&apos;s participant roster joins</source>
        <translation>项目参与者名单中的每个用户 ID 都加入频道</translation>
    </message>
    <message>
        <source>Faults (what the next calls answer)</source>
        <translation>故障（接下来的调用将返回什么）</translation>
    </message>
    <message>
        <source>until cleared</source>
        <translation>直到清除</translation>
    </message>
    <message>
        <source>How many matching calls the fault applies to</source>
        <translation>该故障作用于多少次匹配的调用</translation>
    </message>
    <message>
        <source>Add latency</source>
        <translation>增加延迟</translation>
    </message>
    <message>
        <source>Answer HTTP 5xx</source>
        <translation>返回 HTTP 5xx</translation>
    </message>
    <message>
        <source>Code 65</source>
        <translation>错误码 65</translation>
    </message>
    <message>
        <source>206 “request not completed”: the client retries after 3 s and 6 s</source>
        <translation>206“请求未完成”：客户端在 3 秒和 6 秒后重试</translation>
    </message>
    <message>
        <source>Drop connection</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Failover 404</source>
        <translation>故障转移 404</translation>
    </message>
    <message>
        <source>query/update/stop answer 404 for a while, as during HA failover (§9.3)</source>
        <translation>query/update/stop 在一段时间内返回 404，如同高可用故障转移期间（§9.3）</translation>
    </message>
    <message>
        <source>Stranded upload</source>
        <translation>滞留上传</translation>
    </message>
    <message>
        <source>The next stops answer uploadingStatus “stranded”: files stalled on the recorder, uploaded later by an offline sync (raw mode; not a failure)</source>
        <translation>接下来的停止请求返回 uploadingStatus“stranded”：文件滞留在录制端，稍后由离线同步上传（原始模式；不算失败）</translation>
    </message>
    <message>
        <source>Clear all faults</source>
        <translation>清除所有故障</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>The Sandbox (a local Cloud Recording emulator) is not running; it starts when the “Sandbox” profile is first used.</source>
        <translation>Sandbox（本地云端录制模拟器）未运行；首次使用“Sandbox”配置时会自动启动。</translation>
    </message>
    <message>
        <source>Channel “{value}”</source>
        <translation>频道“{value}”</translation>
    </message>
    <message>
        <source>Sandbox running at {base_url} · {alive} recording(s) alive</source>
        <translation>Sandbox 运行于 {base_url} · {alive} 个录制存活</translation>
    </message>
    <message>
        <source>Channel “{cname}” (App ID {value}…)</source>
        <translation>频道“{cname}”（App ID {value}…）</translation>
    </message>
    <message>
        <source>Set a channel name (Session) first.</source>
        <translation>请先设置频道名（会话）。</translation>
    </message>
    <message>
        <source>No faults active.</source>
        <translation>没有生效的故障。</translation>
    </message>
    <message>
        <source>Sandbox: uid {uid} joined “{cname}” and publishes audio and video.</source>
        <translation>Sandbox：用户 {uid} 已加入“{cname}”并发布音视频。</translation>
    </message>
    <message>
        <source>Sandbox: uid {uid} left “{cname}”.</source>
        <translation>Sandbox：用户 {uid} 已离开“{cname}”。</translation>
    </message>
    <message>
        <source>Sandbox fault on {endpoint}: {fault}</source>
        <translation>Sandbox 在 {endpoint} 上的故障：{fault}</translation>
    </message>
</context>
<context>
    <name>recordings.starting</name>
    <message>
        <source>Start is blocked by {n_errors} error(s); see the Problems panel.</source>
        <extracomment>What the worker hands back: the recording (None if it did not start), the failure, the ledger entries of every round, and the app ID the profile resolved to. A runner event on its way to the GUI thread: (ledger id, event, start context, app ID). the start in flight: who, where and with which layout (None: none)</extracomment>
        <translation>有 {n_errors} 个错误，无法开始录制；请查看“问题”面板。</translation>
    </message>
    <message>
        <source>A start is already in progress.</source>
        <translation>已有一个开始录制的请求正在进行。</translation>
    </message>
    <message>
        <source>There is no start body to send.</source>
        <translation>没有可发送的开始录制请求体。</translation>
    </message>
    <message>
        <source>Starting a recording in “{cname}”…</source>
        <translation>正在“{cname}”中开始录制…</translation>
    </message>
    <message>
        <source>Starting a recording in “{cname}” ({profile})…</source>
        <translation>正在“{cname}”中开始录制（{profile}）…</translation>
    </message>
    <message>
        <source>Recording {sid} in “{cname}” is running.</source>
        <translation>“{cname}”中的录制 {sid} 正在进行。</translation>
    </message>
    <message>
        <source>see the banner</source>
        <translation>见横幅</translation>
    </message>
    <message>
        <source>the ledger has its sid</source>
        <translation>台账中有它的 sid</translation>
    </message>
    <message>
        <source>Recording {sid} is running, but the ledger could not record it ({where}).</source>
        <translation>录制 {sid} 正在进行，但台账未能记录它（{where}）。</translation>
    </message>
</context>
<context>
    <name>recordings.status_words</name>
    <message>
        <source>acquiring a resource</source>
        <translation>正在获取资源</translation>
    </message>
    <message>
        <source>resource acquired</source>
        <translation>已获取资源</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <source>started, confirming</source>
        <translation>已开始，正在确认</translation>
    </message>
    <message>
        <source>running</source>
        <translation>录制中</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>unknown — may be running</source>
        <translation>未知 — 可能仍在录制</translation>
    </message>
    <message>
        <source>Not queried yet.</source>
        <extracomment>States in which the recording may bill: it is listed first and counted as running.</extracomment>
        <translation>尚未查询。</translation>
    </message>
    <message>
        <source>The recorder is up and recording.</source>
        <translation>录制端已启动，正在录制。</translation>
    </message>
    <message>
        <source>The recorder exited abnormally; check the token, uid and storage settings.</source>
        <translation>录制端异常退出；请检查 Token、用户 ID 和云存储设置。</translation>
    </message>
    <message>
        <source>The recorder is stopping or has exited.</source>
        <translation>录制端正在停止或已退出。</translation>
    </message>
    <message>
        <source>The recorder is still coming up; a start is confirmed once the status is 4 or 5.</source>
        <translation>录制端仍在启动中；状态为 4 或 5 时即确认开始录制。</translation>
    </message>
    <message>
        <source>not playable</source>
        <translation>无法播放</translation>
    </message>
</context>
<context>
    <name>recordings.timeline_dialog</name>
    <message>
        <source>Timeline — {cname} · sid {value}</source>
        <translation>时间线 — {cname} · sid {value}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>what</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Press Diagnose to ask why it stopped.</source>
        <translation>按“诊断”查看录制停止的原因。</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Name the likely cause with its evidence and the fix</source>
        <translation>指出可能的原因、依据和解决办法</translation>
    </message>
    <message>
        <source>with a storage check</source>
        <translation>含云存储检查</translation>
    </message>
    <message>
        <source>Diagnose also writes a small probe object to the recording&apos;s bucket with the open project&apos;s keys (when the project names that bucket), like Check storage…</source>
        <translation>“诊断”还会用当前项目的密钥向录制的存储桶写入一个小的探测对象（当项目指定了该存储桶时），与“检查云存储…”相同</translation>
    </message>
    <message>
        <source>Save support bundle…</source>
        <translation>保存支持包…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reading the timeline…</source>
        <translation>正在读取时间线…</translation>
    </message>
    <message>
        <source>{n_timeline} entries · {events} NCS event(s) · channel {cname} · recorder uid {uid}</source>
        <translation>{n_timeline} 条记录 · {events} 个 NCS 事件 · 频道 {cname} · 录制端用户 ID {uid}</translation>
    </message>
    <message>
        <source>The timeline could not be read: {error}</source>
        <translation>无法读取时间线：{error}</translation>
    </message>
    <message>
        <source>No storage check: the project&apos;s start body fails ({exc})</source>
        <translation>未检查云存储：项目的开始录制请求体有误（{exc}）</translation>
    </message>
    <message>
        <source>Checking storage (a probe upload to the bucket)…</source>
        <translation>正在检查云存储（向存储桶上传一个探测文件）…</translation>
    </message>
    <message>
        <source>Checking the recording&apos;s storage…</source>
        <translation>正在检查录制的云存储…</translation>
    </message>
    <message>
        <source>The storage check could not run: {error}</source>
        <translation>无法执行云存储检查：{error}</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>保存支持包</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>Support bundle written to {p}</source>
        <translation>支持包已写入 {p}</translation>
    </message>
    <message>
        <source>The bundle could not be written: {e}</source>
        <translation>无法写入支持包：{e}</translation>
    </message>
    <message>
        <source>Writing the support bundle…</source>
        <translation>正在写入支持包…</translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation>可能的原因</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>另外</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Judged from {escape}.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;依据：{escape}。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>recordings.toolbar</name>
    <message>
        <source>Acquire, start and confirm a recording with the project&apos;s bodies (Ctrl+R)</source>
        <translation>用项目的请求体获取资源、开始并确认一个录制（Ctrl+R）</translation>
    </message>
    <message>
        <source>Start is blocked by {count} error(s):</source>
        <translation>有 {count} 个错误，无法开始录制：</translation>
    </message>
    <message>
        <source>(body)</source>
        <translation>（请求体）</translation>
    </message>
    <message>
        <source>… and {count} more (see Problems)</source>
        <translation>… 还有 {count} 个（见“问题”）</translation>
    </message>
    <message>
        <source> Profile </source>
        <translation> 配置 </translation>
    </message>
    <message>
        <source>Connection profile used for Start (saved in the project)</source>
        <translation>开始录制时使用的连接配置（保存在项目中）</translation>
    </message>
    <message>
        <source>Connection profiles…</source>
        <translation>连接配置…</translation>
    </message>
    <message>
        <source>Add, edit, delete and test connection profiles</source>
        <translation>添加、编辑、删除和测试连接配置</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the selected (or newest) recording</source>
        <translation>停止所选（或最新）的录制</translation>
    </message>
    <message>
        <source>Stop without waiting for upload</source>
        <translation>停止且不等待上传</translation>
    </message>
    <message>
        <source>Asynchronous stop: answers at once, files keep uploading</source>
        <translation>异步停止：立即返回，文件继续上传</translation>
    </message>
    <message>
        <source>Always stop asynchronously</source>
        <translation>始终异步停止</translation>
    </message>
    <message>
        <source>Use async_stop for Stop (reference §3.6)</source>
        <translation>停止时使用 async_stop（参考 §3.6）</translation>
    </message>
    <message>
        <source>Query now</source>
        <translation>立即查询</translation>
    </message>
    <message>
        <source>Ask Agora for the selected recording&apos;s status now</source>
        <translation>立即向声网查询所选录制的状态</translation>
    </message>
    <message>
        <source>Update subscriptions</source>
        <translation>更新订阅</translation>
    </message>
    <message>
        <source>Send the project&apos;s update draft to the selected recording</source>
        <translation>将项目的更新草稿发送到所选录制</translation>
    </message>
    <message>
        <source>Send layout…</source>
        <translation>发送布局…</translation>
    </message>
    <message>
        <source>updateLayout with the layout chosen in the recordings panel</source>
        <translation>用录制面板中所选的布局发送 updateLayout</translation>
    </message>
    <message>
        <source>Copy recording ids</source>
        <translation>复制录制 ID</translation>
    </message>
    <message>
        <source>Copy cname, uid, resourceId and sid</source>
        <translation>复制 cname、uid、resourceId 和 sid</translation>
    </message>
    <message>
        <source>Status poll interval…</source>
        <translation>状态查询间隔…</translation>
    </message>
    <message>
        <source>How often a running recording is queried (Agora: about every 2 minutes)</source>
        <translation>查询正在进行的录制的频率（声网建议约每 2 分钟一次）</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source> Stop after </source>
        <translation> 自动停止于 </translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Stop a recording automatically after this many minutes (billing guard)</source>
        <translation>录制超过此分钟数后自动停止（防止意外计费）</translation>
    </message>
    <message>
        <source>Checking the bodies against Agora&apos;s rules…</source>
        <translation>正在按声网的规则检查请求体…</translation>
    </message>
    <message>
        <source>A start is in progress…</source>
        <translation>正在开始录制…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Stop {cname} (sid {value}…)</source>
        <translation>停止 {cname}（sid {value}…）</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;● {count} recording{value} running&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;● {count} 个录制正在进行&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#777&apos;&gt;○ no recording running&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#777&apos;&gt;○ 没有正在进行的录制&lt;/span&gt;</translation>
    </message>
    <message>
        <source>This profile does not exist</source>
        <translation>此配置不存在</translation>
    </message>
    <message>
        <source>Change connection profile</source>
        <translation>更改连接配置</translation>
    </message>
    <message>
        <source>Status poll interval</source>
        <translation>状态查询间隔</translation>
    </message>
    <message>
        <source>Query a running recording every (seconds).
Agora suggests about 120 s; keep it shorter than maxIdleTime.</source>
        <translation>查询正在进行的录制的间隔（秒）。
声网建议约 120 秒；请保持短于 maxIdleTime。</translation>
    </message>
</context>
<context>
    <name>rehearsal</name>
    <message>
        <source>Rehearsal</source>
        <translation>彩排</translation>
    </message>
</context>
<context>
    <name>rehearsal.cost_badge</name>
    <message>
        <source>Cost: ?</source>
        <translation>费用：?</translation>
    </message>
    <message>
        <source>cannot price this project: {exc}</source>
        <translation>无法为此项目估算费用：{exc}</translation>
    </message>
    <message>
        <source>Billed by the aggregate resolution of subscribed video: {pixels} px</source>
        <translation>按订阅视频的聚合分辨率计费：{pixels} 像素</translation>
    </message>
    <message>
        <source>{per_hour} per hour; {hours} h a month {month} ({after_free} after {free} free minutes)</source>
        <translation>每小时 {per_hour}；每月 {hours} 小时 {month}（扣除 {free} 分钟免费时长后为 {after_free}）</translation>
    </message>
    <message>
        <source>prices of {date}: {source}</source>
        <translation>{date} 的价格：{source}</translation>
    </message>
    <message>
        <source>Audio</source>
        <extracomment>render/cost.py&apos;s tier names (Qt-free), marked for pyside6-lupdate</extracomment>
        <translation>音频</translation>
    </message>
    <message>
        <source>HD</source>
        <translation>高清</translation>
    </message>
    <message>
        <source>Full HD</source>
        <translation>全高清</translation>
    </message>
    <message>
        <source>Cost: …</source>
        <translation>费用：…</translation>
    </message>
</context>
<context>
    <name>rehearsal.panel</name>
    <message>
        <source>Use script</source>
        <extracomment>time of the frame on screen (None: none yet)</extracomment>
        <translation>使用脚本</translation>
    </message>
    <message>
        <source>Replace the project&apos;s rehearsal with this script (undoable)</source>
        <translation>用此脚本替换项目的彩排（可撤销）</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Real pixels</source>
        <translation>真实画面</translation>
    </message>
    <message>
        <source>Show the compositor&apos;s frame (what Agora would record) here and over the layout canvas; switch off to edit the schematic again</source>
        <translation>在此处和布局画布上显示合成器的画面（声网将录制的内容）；关闭后可重新编辑示意图</translation>
    </message>
    <message>
        <source>Export frame…</source>
        <translation>导出画面…</translation>
    </message>
    <message>
        <source>Export video…</source>
        <translation>导出视频…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Switch on Real pixels to see the recorded frame here.</source>
        <translation>打开“真实画面”即可在此查看录制的画面。</translation>
    </message>
    <message>
        <source>Rehearsal: {error}</source>
        <translation>彩排：{error}</translation>
    </message>
    <message>
        <source>no markers</source>
        <translation>没有标记</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Use rehearsal script</source>
        <translation>使用彩排脚本</translation>
    </message>
    <message>
        <source>Export frame</source>
        <translation>导出画面</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Export video</source>
        <translation>导出视频</translation>
    </message>
    <message>
        <source>MP4 (*.mp4)</source>
        <translation>MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Export of {name} cancelled</source>
        <translation>已取消导出 {name}</translation>
    </message>
    <message>
        <source>Export of {name} failed: {error}</source>
        <translation>导出 {name} 失败：{error}</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>已导出 {name}</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>Add {name}</source>
        <translation>添加 {name}</translation>
    </message>
    <message>
        <source>Add CDN push address</source>
        <translation>添加旁路推流地址</translation>
    </message>
    <message>
        <source>Acquire</source>
        <translation>获取资源</translation>
    </message>
    <message>
        <source>Options of the acquire request</source>
        <translation>获取资源请求的选项</translation>
    </message>
    <message>
        <source>The scene is chosen from the mode (web → 1) unless set under Advanced.</source>
        <translation>除非在“高级”中设置，否则场景由模式决定（web → 1）。</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>recordingConfig: channel type, streams, idle time, subscriptions</source>
        <translation>recordingConfig：频道场景、媒体流、空闲时间、订阅</translation>
    </message>
    <message>
        <source>Transcoding</source>
        <translation>转码</translation>
    </message>
    <message>
        <source>transcodingConfig: canvas size, frame rate, bitrate</source>
        <translation>transcodingConfig：画布尺寸、帧率、码率</translation>
    </message>
    <message>
        <source>Transcoding (composite output)</source>
        <translation>转码（合流输出）</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>recordingFileConfig: HLS / MP4 (/ MP3 in raw) output</source>
        <translation>recordingFileConfig：HLS / MP4（原始模式下还有 MP3）输出</translation>
    </message>
    <message>
        <source>Recorded files</source>
        <translation>录制文件</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>snapshotConfig: JPG screenshots (raw / individual mode)</source>
        <translation>snapshotConfig：JPG 截图（原始 / 单流模式）</translation>
    </message>
    <message>
        <source>Without recordingFileConfig the task only takes screenshots (R25).</source>
        <translation>没有 recordingFileConfig 时任务只截图（R25）。</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>云存储</translation>
    </message>
    <message>
        <source>storageConfig: where Agora uploads the files</source>
        <translation>storageConfig：声网上传文件的位置</translation>
    </message>
    <message>
        <source>Third-party storage</source>
        <translation>第三方云存储</translation>
    </message>
    <message>
        <source>Give Agora a write-only key; keys are kept out of project files.</source>
        <translation>请给声网一个只写权限的密钥；密钥不会写入项目文件。</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>页面录制</translation>
    </message>
    <message>
        <source>The page to record and an optional CDN push</source>
        <translation>要录制的页面和可选的旁路推流</translation>
    </message>
    <message>
        <source>Web page recorder</source>
        <translation>页面录制</translation>
    </message>
    <message>
        <source>Push to a CDN (optional)</source>
        <translation>旁路推流到 CDN（可选）</translation>
    </message>
    <message>
        <source>rtmp:// or rtmps:// address; at most one (R32). A failing push does not stop the page recording.</source>
        <translation>rtmp:// 或 rtmps:// 地址；最多一个（R32）。推流失败不会停止页面录制。</translation>
    </message>
    <message>
        <source>Live update</source>
        <translation>实时更新</translation>
    </message>
    <message>
        <source>The update request for a running recording (Recordings ▸ Update subscriptions)</source>
        <translation>针对正在进行的录制的更新请求（录制 ▸ 更新订阅）</translation>
    </message>
    <message>
        <source>Change subscriptions while recording</source>
        <translation>录制过程中更改订阅</translation>
    </message>
    <message>
        <source>Each update replaces the previous subscription lists (R33); #allstream# means everyone.</source>
        <translation>每次更新都会替换之前的订阅列表（R33）；#allstream# 表示所有人。</translation>
    </message>
    <message>
        <source>Pause or resume the page recording</source>
        <translation>暂停或恢复页面录制</translation>
    </message>
    <message>
        <source>Change the CDN push address</source>
        <translation>更改旁路推流地址</translation>
    </message>
    <message>
        <source>Advanced / legacy</source>
        <translation>高级 / 旧版</translation>
    </message>
    <message>
        <source>Decryption, legacy features and rarely used options</source>
        <translation>解密、旧版功能和不常用的选项</translation>
    </message>
    <message>
        <source>Decryption</source>
        <translation>解密</translation>
    </message>
    <message>
        <source>Acquire (advanced)</source>
        <translation>获取资源（高级）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Postponed transcoding (legacy)</source>
        <translation>延时转码（旧版）</translation>
    </message>
    <message>
        <source>Transcode options (legacy)</source>
        <translation>转码选项（旧版）</translation>
    </message>
    <message>
        <source>ApsaraVideo VoD (legacy)</source>
        <translation>阿里云视频点播（旧版）</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Mode, App ID, channel, recorder UID and token</source>
        <translation>模式、App ID、频道、录制端用户 ID 和 Token</translation>
    </message>
    <message>
        <source>Layout background and large user</source>
        <translation>布局背景与大画面用户</translation>
    </message>
    <message>
        <source>Regions, presets and scenes are edited on the canvas of the Layout workspace.</source>
        <translation>区域、预设和场景在“布局”工作区的画布上编辑。</translation>
    </message>
    <message>
        <source>Open the canvas (Ctrl+1)</source>
        <translation>打开画布（Ctrl+1）</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>The layout&apos;s background and large user (the canvas is in the Layout workspace)</source>
        <translation>布局的背景和大画面用户（画布在“布局”工作区中）</translation>
    </message>
</context>
<context>
    <name>session_form</name>
    <message>
        <source>raw — individual: audio+video per user</source>
        <extracomment>Short enough that the picker&apos;s width (it sizes to its longest label) keeps the window inside 1024 px, the smallest screen the app is laid out for.</extracomment>
        <translation>raw — 单流录制：每个用户的音频和视频</translation>
    </message>
    <message>
        <source>mix — composite: everyone in one video</source>
        <translation>mix — 合流录制：所有人合成一路视频</translation>
    </message>
    <message>
        <source>web — record a web page</source>
        <translation>web — 页面录制：录制一个网页</translation>
    </message>
    <message>
        <source>individual (legacy v1) — audio, video apart</source>
        <translation>individual（旧版 v1）— 音频、视频分开</translation>
    </message>
    <message>
        <source>Session</source>
        <extracomment>Picker order: the current modes first, legacy individual (v1) last (agora-2026.md §1).</extracomment>
        <translation>会话</translation>
    </message>
    <message>
        <source>A name for this project (shown in the title bar)</source>
        <translation>项目名称（显示在标题栏中）</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Recording mode: raw (individual recording v2), composite (mix), web page, or legacy individual v1 (R1)</source>
        <translation>录制模式：原始（单流录制 v2）、合流（mix）、页面录制，或旧版单流录制 v1（R1）</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>App ID of the channel (Cloud Recording enabled for it)</source>
        <translation>频道所属项目的 App ID（需已开通云端录制）</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>Channel name to record: &lt; 64 bytes of letters, digits and ! # $ % &amp; ( ) + - : ; &lt; = . &gt; ? @ [ ] ^ _ { } | ~ , (R3)</source>
        <translation>要录制的频道名：少于 64 字节，可包含字母、数字和 ! # $ % &amp; ( ) + - : ; &lt; = . &gt; ? @ [ ] ^ _ { } | ~ ,（R3）</translation>
    </message>
    <message>
        <source>Channel (cname)</source>
        <translation>频道（cname）</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Pick a random UID for the recorder</source>
        <translation>为录制端随机选择一个用户 ID</translation>
    </message>
    <message>
        <source>The recorder&apos;s own UID: an integer 1 … 4294967295 not used by anyone else in the channel (R2)</source>
        <translation>录制端自己的用户 ID：1 … 4294967295 之间的整数，且频道中没有其他人使用（R2）</translation>
    </message>
    <message>
        <source>Recorder UID</source>
        <translation>录制端用户 ID</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Generate an RTC token for the recorder UID from the profile&apos;s App Certificate</source>
        <translation>用配置中的 App 证书为录制端用户 ID 生成 RTC Token</translation>
    </message>
    <message>
        <source>RTC token for the recorder UID; needed when the App Certificate is enabled (individual and mix only, R35)</source>
        <translation>录制端用户 ID 的 RTC Token；启用 App 证书时需要（仅单流和合流录制，R35）</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Connection profile used to send requests: choose it with the Profile selector in the toolbar (Profiles… adds or edits one)</source>
        <translation>发送请求所用的连接配置：在工具栏的配置选择器中选择（“配置…”可添加或编辑）</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Set {key}</source>
        <translation>设置 {key}</translation>
    </message>
    <message>
        <source>Web mode records a web page: no channel is joined, cname is only a label.</source>
        <translation>Web 模式录制网页：不加入频道，cname 仅作标识。</translation>
    </message>
    <message>
        <source>The recorder joins the channel as one more user with this UID.</source>
        <translation>录制端以此用户 ID 作为一名额外用户加入频道。</translation>
    </message>
    <message>
        <source>Random recorder UID</source>
        <translation>随机录制端用户 ID</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Cannot generate: {error}</source>
        <translation>无法生成：{error}</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>生成 Token</translation>
    </message>
</context>
<context>
    <name>start_page</name>
    <message>
        <source>New composite recording</source>
        <extracomment>mode values as plain words: importing the model package here would load pydantic on the GUI thread while the launch&apos;s import worker loads it (issue 10 item 7)</extracomment>
        <translation>新建合流录制</translation>
    </message>
    <message>
        <source>Everyone in one video, arranged on a canvas</source>
        <translation>所有人合成一路视频，排列在画布上</translation>
    </message>
    <message>
        <source>New individual recording</source>
        <translation>新建单流录制</translation>
    </message>
    <message>
        <source>One file per user&apos;s audio and video</source>
        <translation>每个用户的音频和视频各成一个文件</translation>
    </message>
    <message>
        <source>New web page recording</source>
        <translation>新建页面录制</translation>
    </message>
    <message>
        <source>Record what a web page shows</source>
        <translation>录制网页显示的内容</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to recstudio&lt;/h2&gt;&lt;p&gt;Build Agora Cloud Recording requests, check them, and run them — on the built-in Sandbox without an Agora account.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 recstudio&lt;/h2&gt;&lt;p&gt;构建声网云端录制请求，检查并运行它们 — 使用内置的 Sandbox，无需声网账号。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Import a body or curl command…</source>
        <translation>导入请求体或 curl 命令…</translation>
    </message>
    <message>
        <source>Open an example</source>
        <translation>打开示例</translation>
    </message>
    <message>
        <source>A copy of {name}; saving asks where</source>
        <translation>{name} 的副本；保存时会询问位置</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <source>Workspaces: Layout (Ctrl+1) · Request (Ctrl+2) · Recordings (Ctrl+3). Help ▸ Keyboard shortcuts lists every key.</source>
        <translation>工作区：布局（Ctrl+1）· 请求（Ctrl+2）· 录制（Ctrl+3）。“帮助 ▸ 键盘快捷键”列出了所有按键。</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>还没有最近的文件。</translation>
    </message>
</context>
<context>
    <name>storage_report</name>
    <message>
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Still arriving</source>
        <translation>仍在到达</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt;color:{colour}&apos;&gt;&lt;b&gt;{e}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Vendor {e2}, bucket &lt;b&gt;{e3}&lt;/b&gt;, region {e4}, folder &lt;code&gt;{e5}&lt;/code&gt;&lt;/p&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;</source>
        <translation>&lt;p style=&apos;font-size:15pt;color:{colour}&apos;&gt;&lt;b&gt;{e}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;厂商 {e2}，存储桶 &lt;b&gt;{e3}&lt;/b&gt;，区域 {e4}，文件夹 &lt;code&gt;{e5}&lt;/code&gt;&lt;/p&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;</translation>
    </message>
    <message>
        <source>(bucket root)</source>
        <translation>（存储桶根目录）</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:{fail}&apos;&gt;fix: &lt;code&gt;{e}&lt;/code&gt;&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:{fail}&apos;&gt;修正：&lt;code&gt;{e}&lt;/code&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td style=&apos;color:{value}&apos;&gt;&lt;b&gt;{e}&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;b&gt;{e2}&lt;/b&gt;&lt;/td&gt;&lt;td&gt;{e3}{fix}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td style=&apos;color:{value}&apos;&gt;&lt;b&gt;{e}&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;b&gt;{e2}&lt;/b&gt;&lt;/td&gt;&lt;td&gt;{e3}{fix}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Recording &lt;code&gt;{e}&lt;/code&gt; in bucket &lt;b&gt;{e2}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;存储桶 &lt;b&gt;{e2}&lt;/b&gt; 中的录制 &lt;code&gt;{e}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Stop said &lt;i&gt;{e}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;停止请求返回 &lt;i&gt;{e}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Playlist&lt;/th&gt;&lt;th&gt;Segments&lt;/th&gt;&lt;th&gt;Seconds&lt;/th&gt;&lt;th&gt;Missing&lt;/th&gt;&lt;th&gt;START tags&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;播放列表&lt;/th&gt;&lt;th&gt;分片&lt;/th&gt;&lt;th&gt;秒数&lt;/th&gt;&lt;th&gt;缺失&lt;/th&gt;&lt;th&gt;START 标签&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;code&gt;{e}&lt;/code&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;{segments}&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;{duration_s:.1f}&lt;/td&gt;&lt;td align=&apos;right&apos;{style}&gt;{missing}&lt;/td&gt;&lt;td&gt;{e2}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;code&gt;{e}&lt;/code&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;{segments}&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;{duration_s:.1f}&lt;/td&gt;&lt;td align=&apos;right&apos;{style}&gt;{missing}&lt;/td&gt;&lt;td&gt;{e2}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Objects&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;对象&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;code&gt;{e}&lt;/code&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;{size:,} B&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;code&gt;{e}&lt;/code&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;{size:,} 字节&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再次检查</translation>
    </message>
    <message>
        <source>Talking to the bucket…</source>
        <translation>正在连接存储桶…</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt;color:{fail}&apos;&gt;&lt;b&gt;Cannot check&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{e}&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15pt;color:{fail}&apos;&gt;&lt;b&gt;无法检查&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{e}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Storage pre-flight</source>
        <translation>云存储预检</translation>
    </message>
    <message>
        <source>Verify files</source>
        <translation>核验文件</translation>
    </message>
    <message>
        <source>Select a recording that has a sid (after Start).</source>
        <translation>请选择一个有 sid 的录制（开始录制之后）。</translation>
    </message>
    <message>
        <source>Files of {cname}</source>
        <translation>{cname} 的文件</translation>
    </message>
    <message>
        <source>Check storage…</source>
        <translation>检查云存储…</translation>
    </message>
    <message>
        <source>Pre-flight: write, read back and delete a probe under fileNamePrefix with the project&apos;s storage keys (a write-only key passes)</source>
        <translation>预检：用项目的存储密钥在 fileNamePrefix 下写入、读回并删除一个探测文件（只写密钥也能通过）</translation>
    </message>
    <message>
        <source>Verify files…</source>
        <translation>核验文件…</translation>
    </message>
    <message>
        <source>Delivery receipt: are the selected recording&apos;s files in the bucket and playable?</source>
        <translation>交付回执：所选录制的文件是否已在存储桶中且可以播放？</translation>
    </message>
</context>
<context>
    <name>studio</name>
    <message>
        <source>no live recording</source>
        <translation>没有实时录制</translation>
    </message>
    <message>
        <source>The live composite recording Take sends to</source>
        <translation>“切换”发送到的实时合流录制</translation>
    </message>
    <message>
        <source>&lt;b&gt;Program&lt;/b&gt; — what the recording renders now</source>
        <translation>&lt;b&gt;节目&lt;/b&gt; — 录制当前合成的画面</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>Send the Preview scene to the live recording (Ctrl+T)</source>
        <translation>将预览场景发送到实时录制（Ctrl+T）</translation>
    </message>
    <message>
        <source>Scene {n} into Preview</source>
        <translation>将场景 {n} 放入预览</translation>
    </message>
    <message>
        <source>Live:</source>
        <translation>实时录制：</translation>
    </message>
    <message>
        <source>{cname} — sid {value}</source>
        <translation>{cname} — sid {value}</translation>
    </message>
    <message>
        <source>(no composite recording running)</source>
        <translation>（没有正在进行的合流录制）</translation>
    </message>
    <message>
        <source>the start&apos;s</source>
        <translation>开始录制时的</translation>
    </message>
    <message>
        <source>Program: {sent} layout. Preview: “{preview}”. Number keys pick a scene.</source>
        <translation>节目：{sent} 布局。预览：“{preview}”。按数字键选择场景。</translation>
    </message>
    <message>
        <source>Start a composite recording (Ctrl+R) to take scenes live.</source>
        <translation>开始一个合流录制（Ctrl+R）即可实时切换场景。</translation>
    </message>
    <message>
        <source>There is no scene {number}.</source>
        <translation>没有场景 {number}。</translation>
    </message>
    <message>
        <source>“{name}” cannot be taken: </source>
        <translation>无法切换到“{name}”：</translation>
    </message>
    <message>
        <source>Taking “{name}”…</source>
        <translation>正在切换到“{name}”…</translation>
    </message>
    <message>
        <source>select a composite recording</source>
        <translation>请选择一个合流录制</translation>
    </message>
    <message>
        <source>not a composite recording</source>
        <translation>不是合流录制</translation>
    </message>
    <message>
        <source>{cname}: {name} layout (presets drawn for 4 users)</source>
        <translation>{cname}：{name} 布局（预设按 4 个用户绘制）</translation>
    </message>
</context>
<context>
    <name>token_action</name>
    <message>
        <source>The connection profile “{profile}” does not exist.</source>
        <translation>连接配置“{profile}”不存在。</translation>
    </message>
    <message>
        <source>No App Certificate is stored for the profile “{name}”. Add it in Connection profiles (it is kept in the system keyring).</source>
        <translation>配置“{name}”没有保存 App 证书。请在“连接配置”中添加（它保存在系统密钥环中）。</translation>
    </message>
    <message>
        <source>Cannot generate a token: {exc}</source>
        <translation>无法生成 Token：{exc}</translation>
    </message>
    <message>
        <source>Token generated (valid 24 h; a token cannot be renewed during a recording).</source>
        <translation>已生成 Token（有效期 24 小时；录制过程中不能续期）。</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Change {path}</source>
        <extracomment>QUndoCommand.id() of commands that may merge (typing into one field, nudging a region).</extracomment>
        <translation>更改 {path}</translation>
    </message>
</context>
<context>
    <name>workspaces</name>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>Design the composite layout on the canvas</source>
        <translation>在画布上设计合流布局</translation>
    </message>
    <message>
        <source>Section forms beside the live request body</source>
        <translation>分区表单，旁边是实时请求体</translation>
    </message>
    <message>
        <source>Recordings, request log and the Sandbox</source>
        <translation>录制、请求日志和 Sandbox</translation>
    </message>
    <message>
        <source>Reset workspace layout</source>
        <extracomment>bumped when the set of docks changes, so arrangements saved by another version are ignored instead of restoring docks into the wrong places run when a workspace is entered (e.g. build the canvas the first time)</extracomment>
        <translation>重置工作区布局</translation>
    </message>
    <message>
        <source>Put this workspace&apos;s panels back where they started</source>
        <translation>将此工作区的面板恢复到初始位置</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作区</translation>
    </message>
</context>
</TS>
