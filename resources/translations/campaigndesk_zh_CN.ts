<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>UnitDialog</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit name *</source>
        <translation>单位名称 *</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Principal leader</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <source>Leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <source>Unit secretary</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Active (takes part in the campaign)</source>
        <translation>在用（参加本次活动）</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to CampaignDesk</source>
        <translation>欢迎使用活动督办台</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CampaignDesk&lt;/h2&gt;&lt;p&gt;Run the year's campaign: units, tasks and responsibility lists, monthly reports, supervision and the year-end account.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;三抓一促活动管理系统&lt;/h2&gt;&lt;p&gt;管理全年活动：单位、任务和责任清单，月度报送，季度督查，年终结硬帐。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start this year's campaign from the built-in template</source>
        <translation>用内置“三抓一促”模板创建本年度活动</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Create campaign…</source>
        <translation>创建活动…</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示数据</translation>
    </message>
</context>
<context>
    <name>cd::Backup</name>
    <message>
        <source>Could not create the backup file %1.</source>
        <translation>无法创建备份文件 %1。</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>Could not write the backup %1.</source>
        <translation>无法写入备份 %1。</translation>
    </message>
    <message>
        <source>The database connection cannot be backed up.</source>
        <translation>无法备份该数据库连接。</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>该备份无法使用：%1</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>备份 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>Could not copy the backup %1.</source>
        <translation>无法复制备份 %1。</translation>
    </message>
    <message>
        <source>Could not move %1 aside; nothing was restored.</source>
        <translation>无法移开 %1，未作任何恢复。</translation>
    </message>
    <message>
        <source>Could not restore %1.</source>
        <translation>无法恢复 %1。</translation>
    </message>
</context>
<context>
    <name>cd::CampaignPage</name>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Filter tasks by code or title</source>
        <translation>按任务编号或名称筛选</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Report deadline</source>
        <translation>报送截止</translation>
    </message>
    <message>
        <source>New &amp;own task of a unit…</source>
        <translation>新增单位自选动作(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation>编辑任务(&amp;E)…</translation>
    </message>
    <message>
        <source>Pillars and tasks</source>
        <translation>四个方面与任务</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>月度/季度/年度节点</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No campaign yet&lt;/h2&gt;&lt;p&gt;Use File ▸ New to create this year's campaign from the template.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;尚未创建活动&lt;/h2&gt;&lt;p&gt;请通过“文件 ▸ 新建活动”用内置模板创建本年度活动。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 to %3 · %4 mandatory tasks · %5 units' own tasks&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 至 %3 · 规定动作 %4 项 · 单位自选动作 %5 项&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cd::CampaignService</name>
    <message>
        <source>There is no campaign template called '%1'.</source>
        <translation>没有名为“%1”的活动模板。</translation>
    </message>
    <message>
        <source>A campaign for %1 already exists.</source>
        <translation>%1年的活动已经存在。</translation>
    </message>
    <message>
        <source>The campaign does not exist.</source>
        <translation>该活动不存在。</translation>
    </message>
    <message>
        <source>The unit does not exist.</source>
        <translation>该单位不存在。</translation>
    </message>
    <message>
        <source>A task with code %1 already exists.</source>
        <translation>编号为 %1 的任务已经存在。</translation>
    </message>
    <message>
        <source>The task does not exist.</source>
        <translation>该任务不存在。</translation>
    </message>
</context>
<context>
    <name>cd::CampaignTemplate</name>
    <message>
        <source>The campaign template is not valid JSON: %1</source>
        <translation>活动模板不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The campaign template has no id or name.</source>
        <translation>活动模板缺少标识或名称。</translation>
    </message>
    <message>
        <source>Unknown pillar '%1' in the template.</source>
        <translation>模板中有未知的方面“%1”。</translation>
    </message>
    <message>
        <source>Template task '%1' is incomplete.</source>
        <translation>模板任务“%1”不完整。</translation>
    </message>
    <message>
        <source>Template task code %1 appears twice.</source>
        <translation>模板任务编号 %1 重复出现。</translation>
    </message>
    <message>
        <source>Template task %1 has a negative target.</source>
        <translation>模板任务 %1 的目标为负数。</translation>
    </message>
    <message>
        <source>The campaign template has no tasks.</source>
        <translation>活动模板中没有任务。</translation>
    </message>
</context>
<context>
    <name>cd::CoverageModel</name>
    <message>
        <source>missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>缺项</translation>
    </message>
</context>
<context>
    <name>cd::CsvReader</name>
    <message>
        <source>The file says it is UTF-8 but contains bytes that are not.</source>
        <translation>文件标注为 UTF-8 编码，但含有非 UTF-8 字节。</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but cannot be read as such.</source>
        <translation>文件标注为 UTF-16 编码，但无法按此读取。</translation>
    </message>
    <message>
        <source>This is not a text file; save the sheet as CSV or XLSX and try again.</source>
        <translation>这不是文本文件，请将表格另存为 CSV 或 XLSX 后重试。</translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor GB18030/GBK; save it again as "CSV UTF-8" and retry.</source>
        <translation>文本既不是 UTF-8 也不是 GB18030/GBK 编码，请另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is too large to import.</source>
        <translation>文件 %1 过大，无法导入。</translation>
    </message>
    <message>
        <source>Row %1, column %2: the cell holds more than %3 characters.</source>
        <translation>第 %1 行第 %2 列：单元格超过 %3 个字符。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>文件超过 %1 行。</translation>
    </message>
</context>
<context>
    <name>cd::Database</name>
    <message>
        <source>The file %1 is damaged or is not a CampaignDesk database (%2).</source>
        <translation>文件 %1 已损坏，或不是活动督办台数据库（%2）。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>不是 SQLite 文件</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>unreadable schema version</source>
        <translation>无法读取数据结构版本</translation>
    </message>
    <message>
        <source>The file %1 was written by a newer CampaignDesk (schema %2; this program knows up to %3). Open it with the newer program.</source>
        <translation>文件 %1 由更新版本的活动督办台写入（数据结构版本 %2，本程序最高支持 %3）。请用新版程序打开。</translation>
    </message>
    <message>
        <source>foreign key violation in table %1</source>
        <translation>表 %1 存在外键不一致</translation>
    </message>
</context>
<context>
    <name>cd::DemoService</name>
    <message>
        <source>The demo needs at least one unit.</source>
        <translation>演示数据至少需要一个单位。</translation>
    </message>
    <message>
        <source>The demo is written into an empty database; this one already has units.</source>
        <translation>演示数据只能写入空数据库，此数据库已有单位。</translation>
    </message>
</context>
<context>
    <name>cd::Enums</name>
    <message>
        <source>Organisation</source>
        <translation>组织实施</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>抓学习</translation>
    </message>
    <message>
        <source>Work conduct</source>
        <translation>抓作风</translation>
    </message>
    <message>
        <source>Party building</source>
        <translation>抓党建</translation>
    </message>
    <message>
        <source>Reform and development</source>
        <translation>促改革发展</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>规定动作</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>自选动作</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>First responsibility</source>
        <translation>第一责任</translation>
    </message>
    <message>
        <source>Direct responsibility</source>
        <translation>直接责任</translation>
    </message>
    <message>
        <source>Specific responsibility</source>
        <translation>具体责任</translation>
    </message>
</context>
<context>
    <name>cd::HeaderMap</name>
    <message>
        <source>No header row with the column %1 was found in the first ten rows. Check that this is the right sheet and that the file is UTF-8 or GB18030 text.</source>
        <translation>前十行中没有找到含“%1”列的表头。请确认选择了正确的工作表，且文件为 UTF-8 或 GB18030 编码。</translation>
    </message>
</context>
<context>
    <name>cd::ImportPreviewModel</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>cd::ImportWizard</name>
    <message>
        <source>Import units</source>
        <translation>导入单位</translation>
    </message>
    <message>
        <source>Import responsibility lists</source>
        <translation>导入责任清单</translation>
    </message>
    <message>
        <source>Choose the sheet</source>
        <translation>选择表格</translation>
    </message>
    <message>
        <source>A CSV or Excel file with a header row naming at least 单位名称 (unit name). A title row above the header, a 序号 column and blank rows are fine.</source>
        <translation>CSV 或 Excel 文件，表头至少包含“单位名称”列。表头上方的标题行、“序号”列和空行均可识别。</translation>
    </message>
    <message>
        <source>A CSV or Excel file with the columns 单位名称, 任务编号, 责任人 and optionally 责任层级, 职务, 责任内容, 量化目标.</source>
        <translation>CSV 或 Excel 文件，须含“单位名称”“任务编号”“责任人”列，可选“责任层级”“职务”“责任内容”“量化目标”列。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Worksheet</source>
        <translation>工作表(&amp;W)</translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation>选择表格文件</translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>导入前核对</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import. The import is all or nothing.</source>
        <translation>点击“导入”前不会写入任何数据。导入要么全部成功，要么全部不写入。</translation>
    </message>
    <message>
        <source>Import the other rows and leave the rejected ones out</source>
        <translation>导入其余各行，跳过被拒绝的行</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>正在读取表格…</translation>
    </message>
    <message>
        <source>Create the campaign before importing responsibility lists.</source>
        <translation>请先创建活动，再导入责任清单。</translation>
    </message>
    <message>
        <source>The sheet cannot be imported: %1</source>
        <translation>该表格无法导入：%1</translation>
    </message>
    <message>
        <source>%1 rows to add, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation>新增 %1 行，更新 %2 行，未变 %3 行，拒绝 %4 行。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>%1

There is no backup of this file to restore.</source>
        <translation>%1

此文件没有可用于恢复的备份。</translation>
    </message>
    <message>
        <source>%1

Restore the latest backup, taken %2? The damaged file is kept beside it as %3.</source>
        <translation>%1

是否恢复 %2 的最新备份？损坏的文件将保留为同目录下的 %3。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Open a campaign file</source>
        <translation>打开活动文件</translation>
    </message>
    <message>
        <source>CampaignDesk files (*.cdb);;All files (*)</source>
        <translation>活动督办台文件 (*.cdb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>此文件还没有备份。</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>Backup to restore:</source>
        <translation>要恢复的备份：</translation>
    </message>
    <message>
        <source>Replace the open file by the backup of %1? The current file is kept as %2.</source>
        <translation>用 %1 的备份替换当前文件？当前文件将保留为 %2。</translation>
    </message>
    <message>
        <source>Export tasks</source>
        <translation>导出任务</translation>
    </message>
    <message>
        <source>tasks.xlsx</source>
        <translation>任务清单.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Responsibility lists</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation>单位(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Tasks…</source>
        <translation>任务(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>从备份恢复(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CampaignDesk</source>
        <translation>关于活动督办台(&amp;A)</translation>
    </message>
    <message>
        <source>About CampaignDesk</source>
        <translation>关于活动督办台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CampaignDesk %1&lt;/h3&gt;&lt;p&gt;Runs the city's 三抓一促 campaign: units, tasks, responsibility lists, reports, supervision and the year-end assessment.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;活动督办台 %1&lt;/h3&gt;&lt;p&gt;三抓一促活动管理系统：单位、任务、责任清单、进度报送、督查督办和年终考评。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CampaignDesk</source>
        <translation>活动督办台</translation>
    </message>
    <message>
        <source>%1 — CampaignDesk</source>
        <translation>%1 — 活动督办台</translation>
    </message>
</context>
<context>
    <name>cd::ResponsibilityDialog</name>
    <message>
        <source>Responsibility · %1</source>
        <translation>责任清单 · %1</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>责任层级(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>责任人(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ost</source>
        <translation>职务(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Duty</source>
        <translation>责任内容(&amp;D)</translation>
    </message>
    <message>
        <source>Quantified ta&amp;rget</source>
        <translation>量化目标(&amp;R)</translation>
    </message>
</context>
<context>
    <name>cd::ResponsibilityPage</name>
    <message>
        <source>Find a unit</source>
        <translation>查找单位</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>添加责任人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Responsibility list</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>What is missing (units × tasks)</source>
        <translation>缺项总览（单位 × 任务）</translation>
    </message>
    <message>
        <source>Choose a unit on the left.</source>
        <translation>请在左侧选择单位。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · every task has a named person</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 各项任务均已落实到人</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · &lt;span style='color:#b3261e'&gt;%2 tasks without a named person&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · &lt;span style='color:#b3261e'&gt;%2 项任务尚未落实到人&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove %1 from this task's responsibility list?</source>
        <translation>从该任务的责任清单中删除 %1？</translation>
    </message>
    <message>
        <source>Export responsibility lists</source>
        <translation>导出责任清单</translation>
    </message>
    <message>
        <source>responsibilities.xlsx</source>
        <translation>责任清单.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>责任清单</translation>
    </message>
</context>
<context>
    <name>cd::ResponsibilityService</name>
    <message>
        <source>The unit does not exist.</source>
        <translation>该单位不存在。</translation>
    </message>
    <message>
        <source>The task does not exist.</source>
        <translation>该任务不存在。</translation>
    </message>
    <message>
        <source>Task %1 is another unit's own task.</source>
        <translation>任务 %1 是其他单位的自选动作。</translation>
    </message>
    <message>
        <source>This task already has a person at that level of responsibility.</source>
        <translation>该任务在此责任层级已有责任人。</translation>
    </message>
    <message>
        <source>The responsibility no longer exists.</source>
        <translation>该责任条目已不存在。</translation>
    </message>
    <message>
        <source>Unknown unit: %1</source>
        <translation>未知单位：%1</translation>
    </message>
    <message>
        <source>Unknown task code: %1</source>
        <translation>未知任务编号：%1</translation>
    </message>
    <message>
        <source>Unknown level of responsibility: %1</source>
        <translation>未知责任层级：%1</translation>
    </message>
    <message>
        <source>The target '%1' is not a number.</source>
        <translation>目标“%1”不是数字。</translation>
    </message>
    <message>
        <source>The same unit, task and level appear in an earlier row.</source>
        <translation>相同的单位、任务和责任层级已在前面的行中出现。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1: the responsibility no longer exists.</source>
        <translation>第 %1 行：该责任条目已不存在。</translation>
    </message>
</context>
<context>
    <name>cd::ResponsibilityTableModel</name>
    <message>
        <source>Nobody named</source>
        <translation>未落实到人</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>责任层级</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>责任内容</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>cd::ServiceContext</name>
    <message>
        <source>Only the campaign office may change the campaign set-up.</source>
        <translation>只有活动领导小组办公室可以修改活动设置。</translation>
    </message>
</context>
<context>
    <name>cd::SheetReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is too large to import (%2 MB).</source>
        <translation>文件 %1 过大（%2 MB），无法导入。</translation>
    </message>
    <message>
        <source>%1: only .csv and .xlsx files can be imported.</source>
        <translation>%1：只能导入 .csv 和 .xlsx 文件。</translation>
    </message>
</context>
<context>
    <name>cd::TableWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1: export to .csv or .xlsx.</source>
        <translation>%1：只能导出为 .csv 或 .xlsx。</translation>
    </message>
    <message>
        <source>Excel files cannot be written here: %1</source>
        <translation>此处无法写入 Excel 文件：%1</translation>
    </message>
</context>
<context>
    <name>cd::TaskDialog</name>
    <message>
        <source>New own task of a unit</source>
        <translation>新增单位自选动作</translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <translation>编辑任务 %1</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation>方面(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;adence</source>
        <translation>频次(&amp;A)</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>目标(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>完成时限(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
</context>
<context>
    <name>cd::TaskTreeModel</name>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>top %1 %2</source>
        <translation>前 %1 %2</translation>
    </message>
    <message>
        <source>Pillar / task</source>
        <translation>方面 / 任务</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Unit (own task)</source>
        <translation>所属单位（自选动作）</translation>
    </message>
</context>
<context>
    <name>cd::Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>无法保存修改：%1</translation>
    </message>
</context>
<context>
    <name>cd::UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新增单位</translation>
    </message>
</context>
<context>
    <name>cd::UnitService</name>
    <message>
        <source>A unit named %1 already exists.</source>
        <translation>名为 %1 的单位已经存在。</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <source>The unit %1 already appears in row %2.</source>
        <translation>单位 %1 已在第 %2 行出现。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1: the unit %2 no longer exists.</source>
        <translation>第 %1 行：单位 %2 已不存在。</translation>
    </message>
</context>
<context>
    <name>cd::UnitTableModel</name>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Principal leader</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <source>Leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cd::UnitsPage</name>
    <message>
        <source>Show inactive units</source>
        <translation>显示停用单位</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Search units, leaders, secretaries, phones (Ctrl+F)</source>
        <translation>搜索单位、负责人、联络员、电话（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New unit…</source>
        <translation>新增单位(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>启用(&amp;R)</translation>
    </message>
    <message>
        <source>%1 of %2 units shown</source>
        <translation>显示 %1 个单位，共 %2 个</translation>
    </message>
    <message>
        <source>Deactivate unit</source>
        <translation>停用单位</translation>
    </message>
    <message>
        <source>Deactivate %1? It stays in the records but takes no further part in the campaign. You can reactivate it later.</source>
        <translation>停用 %1？该单位的记录将保留，但不再参加本次活动。之后可以重新启用。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Export units</source>
        <translation>导出单位</translation>
    </message>
    <message>
        <source>units.xlsx</source>
        <translation>单位名单.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>cd::Validation</name>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>活动必须有名称。</translation>
    </message>
    <message>
        <source>The year %1 is not a valid campaign year.</source>
        <translation>%1 不是有效的活动年度。</translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation>活动结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation>单位名称不能为空。</translation>
    </message>
    <message>
        <source>The unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>The short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>The principal leader</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <source>The leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <source>The unit secretary</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>A task needs a code.</source>
        <translation>任务必须有编号。</translation>
    </message>
    <message>
        <source>Task %1 needs a title.</source>
        <translation>任务 %1 必须有名称。</translation>
    </message>
    <message>
        <source>The target of task %1 cannot be negative.</source>
        <translation>任务 %1 的目标不能为负数。</translation>
    </message>
    <message>
        <source>Optional task %1 must belong to a unit.</source>
        <translation>自选动作 %1 必须属于某个单位。</translation>
    </message>
    <message>
        <source>The due date of task %1 lies outside the campaign.</source>
        <translation>任务 %1 的完成时限不在活动期间内。</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>任务说明</translation>
    </message>
    <message>
        <source>A responsibility needs a unit.</source>
        <translation>责任条目必须指定单位。</translation>
    </message>
    <message>
        <source>A responsibility needs a task.</source>
        <translation>责任条目必须指定任务。</translation>
    </message>
    <message>
        <source>A responsibility needs a named person.</source>
        <translation>责任条目必须落实到具体责任人。</translation>
    </message>
    <message>
        <source>The target cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <source>The duty</source>
        <translation>责任内容</translation>
    </message>
    <message>
        <source>The post</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>cd::WelcomeDialog</name>
    <message>
        <source>campaign-%1.cdb</source>
        <translation>三抓一促-%1.cdb</translation>
    </message>
    <message>
        <source>Save the new campaign as</source>
        <translation>新活动保存为</translation>
    </message>
    <message>
        <source>CampaignDesk files (*.cdb)</source>
        <translation>活动督办台文件 (*.cdb)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with "Open a file".</source>
        <translation>%1 已存在。请换一个文件名，或用“打开文件”打开它。</translation>
    </message>
    <message>
        <source>Open a campaign file</source>
        <translation>打开活动文件</translation>
    </message>
    <message>
        <source>CampaignDesk files (*.cdb);;All files (*)</source>
        <translation>活动督办台文件 (*.cdb);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>cd::Workspace</name>
    <message>
        <source>No file is open.</source>
        <translation>没有打开的文件。</translation>
    </message>
</context>
<context>
    <name>cd::XlsxReader</name>
    <message>
        <source>%1 is not a valid .xlsx workbook (it cannot be opened as a zip archive).</source>
        <translation>%1 不是有效的 .xlsx 工作簿（无法作为 zip 压缩包打开）。</translation>
    </message>
    <message>
        <source>%1 expands suspiciously (a zip bomb?); it was not read.</source>
        <translation>%1 解压后体积异常（疑似压缩炸弹），未读取。</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 MB; it was not read.</source>
        <translation>%1 解压后超过 %2 MB，未读取。</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>工作簿中缺少 %1 部分。</translation>
    </message>
    <message>
        <source>The workbook part %1 is damaged.</source>
        <translation>工作簿的 %1 部分已损坏。</translation>
    </message>
    <message>
        <source>The workbook part %1 is damaged or truncated.</source>
        <translation>工作簿的 %1 部分已损坏或不完整。</translation>
    </message>
    <message>
        <source>The workbook part %1 is larger than it claims.</source>
        <translation>工作簿的 %1 部分比声明的更大。</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (no xl/workbook.xml).</source>
        <translation>该文件是 zip 压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>The workbook's sheet list is damaged: %1</source>
        <translation>工作簿的工作表目录已损坏：%1</translation>
    </message>
    <message>
        <source>The workbook contains no worksheet.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook's shared strings are damaged: %1</source>
        <translation>工作簿的共享字符串已损坏：%1</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation>工作表超过 %1 行。</translation>
    </message>
    <message>
        <source>The sheet has a cell with a bad reference %1.</source>
        <translation>工作表中有引用错误的单元格 %1。</translation>
    </message>
    <message>
        <source>Cell %1 refers to a shared string that does not exist.</source>
        <translation>单元格 %1 引用了不存在的共享字符串。</translation>
    </message>
    <message>
        <source>Cell %1 holds more than %2 characters.</source>
        <translation>单元格 %1 超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The worksheet is damaged: %1</source>
        <translation>工作表已损坏：%1</translation>
    </message>
    <message>
        <source>The workbook has no sheet named %1.</source>
        <translation>工作簿中没有名为 %1 的工作表。</translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>--as-of wants a date written YYYY-MM-DD.</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--as-of sets the clock for reading commands only.</source>
        <translation>--as-of 只能用于只读命令。</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation>新增 %1，更新 %2，未变 %3，拒绝 %4。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the rows above, or pass --skip-invalid to import the others.</source>
        <translation>未导入任何数据。请修改上述各行，或加 --skip-invalid 导入其余各行。</translation>
    </message>
    <message>
        <source>usage: resp import FILE [--dry-run] [--sheet NAME] [--skip-invalid]</source>
        <translation>用法：resp import 文件 [--dry-run] [--sheet 工作表] [--skip-invalid]</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>usage: resp import|list|export</source>
        <translation>用法：resp import|list|export</translation>
    </message>
    <message>
        <source>There is no campaign in this database; run init first.</source>
        <translation>此数据库中没有活动，请先运行 init。</translation>
    </message>
    <message>
        <source>Unknown unit: %1</source>
        <translation>未知单位：%1</translation>
    </message>
    <message>
        <source>usage: resp export FILE.csv|FILE.xlsx [--unit NAME]</source>
        <translation>用法：resp export 文件.csv|文件.xlsx [--unit 单位名称]</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>Written %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Unknown format.</source>
        <translation>未知的输出格式。</translation>
    </message>
    <message>
        <source>usage: init --year YEAR [--template sanzhua-yicu]</source>
        <translation>用法：init --year 年度 [--template sanzhua-yicu]</translation>
    </message>
    <message>
        <source>Created %1 with %2 tasks.</source>
        <translation>已创建 %1，共 %2 项任务。</translation>
    </message>
    <message>
        <source>usage: tasks list [--year Y] [--format table|csv|json]</source>
        <translation>用法：tasks list [--year 年度] [--format table|csv|json]</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 已损坏。</translation>
    </message>
    <message>
        <source>%1: integrity ok, schema version %2.</source>
        <translation>%1：完整性检查通过，数据结构版本 %2。</translation>
    </message>
    <message>
        <source>usage: backup OUT</source>
        <translation>用法：backup 输出文件</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>usage: demo --units N --year Y [--seed S]</source>
        <translation>用法：demo --units 单位数 --year 年度 [--seed 种子]</translation>
    </message>
    <message>
        <source>Demo written: %1 units, %2 tasks, %3 responsibilities in %4 s.</source>
        <translation>演示数据已写入：%1 个单位，%2 项任务，%3 条责任，用时 %4 秒。</translation>
    </message>
    <message>
        <source>usage: units import FILE [--dry-run] [--sheet NAME] [--skip-invalid]</source>
        <translation>用法：units import 文件 [--dry-run] [--sheet 工作表] [--skip-invalid]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Principal leader</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <source>Leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>usage: units export FILE.csv|FILE.xlsx</source>
        <translation>用法：units export 文件.csv|文件.xlsx</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>usage: units import|list|export</source>
        <translation>用法：units import|list|export</translation>
    </message>
    <message>
        <source>usage: campaigndesk-cli [--db PATH] [--as-of YYYY-MM-DD] COMMAND
  init --year Y [--template sanzhua-yicu]   create the year's campaign from the template
  units import FILE [--dry-run] [--sheet NAME] [--skip-invalid]
  units list [--format table|csv|json]
  units export FILE.csv|FILE.xlsx
  tasks list [--year Y] [--format table|csv|json]
  resp import FILE [--dry-run] [--sheet NAME] [--skip-invalid]
  resp list [--unit NAME] [--format table|csv|json]
  resp export FILE.csv|FILE.xlsx [--unit NAME]
  check                                     full integrity check
  backup OUT                                consistent copy of the database
  demo --units N --year Y [--seed S]        write a realistic demo campaign
</source>
        <translation>用法：campaigndesk-cli [--db 路径] [--as-of YYYY-MM-DD] 命令
  init --year 年度 [--template sanzhua-yicu]   用模板创建本年度活动
  units import 文件 [--dry-run] [--sheet 工作表] [--skip-invalid]
  units list [--format table|csv|json]
  units export 文件.csv|文件.xlsx
  tasks list [--year 年度] [--format table|csv|json]
  resp import 文件 [--dry-run] [--sheet 工作表] [--skip-invalid]
  resp list [--unit 单位名称] [--format table|csv|json]
  resp export 文件.csv|文件.xlsx [--unit 单位名称]
  check                                       完整性检查
  backup 输出文件                             数据库一致性备份
  demo --units 单位数 --year 年度 [--seed 种子]  生成演示活动数据
</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
</context>
<context>
    <name>cd::sql</name>
    <message>
        <source>The change conflicts with existing data: %1</source>
        <translation>修改与已有数据冲突：%1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
</context>
</TS>