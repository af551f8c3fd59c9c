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
        <source>&lt;h2&gt;CampaignDesk&lt;/h2&gt;&lt;p&gt;Run the year&apos;s campaign: units, tasks and responsibility lists, monthly reports, supervision and the year-end account.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;三抓一促活动管理系统&lt;/h2&gt;&lt;p&gt;管理全年活动：单位、任务和责任清单，月度报送，季度督查，年终结硬帐。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start this year&apos;s campaign from the built-in template</source>
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
    <message>
        <source>Open a task package from the office…</source>
        <translation>打开办公室下发的任务包…</translation>
    </message>
    <message>
        <source>For a unit without the office&apos;s network: make the unit&apos;s own file from the task package (.cdtask) the office sent.</source>
        <translation>供不在办公室网络内的单位使用：由办公室下发的任务包（.cdtask）建立本单位文件。</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>连接服务器…</translation>
    </message>
    <message>
        <source>Work on a campaign kept on the office&apos;s PostgreSQL server, with others at the same time.</source>
        <translation>在办公室的 PostgreSQL 服务器上处理活动数据，可与他人同时工作。</translation>
    </message>
</context>
<context>
    <name>cd::AccountService</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>A login is one word without spaces.</source>
        <translation>用户名须为一个不含空格的词。</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>第一个账户必须是管理员。</translation>
    </message>
    <message>
        <source>A unit account needs an existing unit.</source>
        <translation>单位账户必须对应一个已有单位。</translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation>用户名 %1 已被占用。</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>无法对密码进行加密处理。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>The account %1 is locked until %2 after repeated wrong passwords.</source>
        <translation>账户 %1 因多次输错密码已锁定，%2 后可再试。</translation>
    </message>
    <message>
        <source>Wrong password. The account %1 is now locked for %2 minutes.</source>
        <translation>密码错误。账户 %1 已锁定 %2 分钟。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>没有账户 %1。</translation>
    </message>
    <message>
        <source>Only a unit&apos;s own file, made from a task package, is protected this way.</source>
        <translation>只有由任务包建立的本单位文件才能这样设置密码。</translation>
    </message>
    <message>
        <source>This file already has its account; change its password instead.</source>
        <translation>本文件已有账户；请改为修改其密码。</translation>
    </message>
    <message>
        <source>%1 is deactivated and takes no part in the campaign; reactivate it on the Units page before giving it an account.</source>
        <translation>%1 已停用，不参加本次活动；请先在“单位”页面恢复该单位，再为其开设账户。</translation>
    </message>
    <message>
        <source>The login %1 has no account in the campaign %2; its administrator adds one (users add).</source>
        <translation>登录名 %1 在活动 %2 中没有账户；请由管理员添加（users add）。</translation>
    </message>
    <message>
        <source>Only an office or a leader&apos;s account runs one group&apos;s part of the campaign.</source>
        <translation>只有活动办或领导账户可以负责某一分组范围的工作。</translation>
    </message>
    <message>
        <source>The group does not exist.</source>
        <translation>该分组不存在。</translation>
    </message>
</context>
<context>
    <name>cd::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账户管理</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新增账户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Once the first account exists, everyone signs in when opening this file.</source>
        <translation>创建第一个账户后，打开此文件时须登录。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1 (at least 8 characters):</source>
        <translation>%1 的新密码（至少 8 个字符）：</translation>
    </message>
    <message>
        <source>The password of %1 is reset; the account is unlocked.</source>
        <translation>%1 的密码已重置，账户已解锁。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Disable %1? The account can no longer sign in; its history stays.</source>
        <translation>停用 %1？停用后不能再登录，历史记录保留。</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新增账户</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>用户名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>确认密码(&amp;G)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Each account is a login of the server: its holder connects with it and the password given here, and may change the password in the program.</source>
        <translation>每个账户都是服务器上的一个登录名：持有人用它和此处设定的密码连接，并可在程序中自行修改密码。</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>负责范围</translation>
    </message>
    <message>
        <source>The whole campaign</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <source>An office or a leader may run one group&apos;s part of the campaign: it then sees and works on that group&apos;s units alone</source>
        <translation>活动办或领导账户可限定负责某一分组：此后只能查看和处理该分组内的单位</translation>
    </message>
    <message>
        <source>P&amp;art</source>
        <translation>负责范围(&amp;A)</translation>
    </message>
</context>
<context>
    <name>cd::Actor</name>
    <message>
        <source>local administrator</source>
        <translation>本机管理员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Campaign office</source>
        <translation>领导小组办公室</translation>
    </message>
    <message>
        <source>Unit secretary</source>
        <translation>单位联络员</translation>
    </message>
    <message>
        <source>Leader (read only)</source>
        <translation>领导（只读）</translation>
    </message>
</context>
<context>
    <name>cd::AppraisalPage</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Voter group</source>
        <translation>测评组</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>权重（%）</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>测评表录入</translation>
    </message>
    <message>
        <source>Serials</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Good rate</source>
        <translation>好评率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>新建评议会(&amp;N)…</translation>
    </message>
    <message>
        <source>Session and &amp;rules…</source>
        <translation>评议会与规则(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Publish results</source>
        <translation>公布结果(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Amend a ballot…</source>
        <translation>更正测评表(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Edit group…</source>
        <translation>修改测评组(&amp;E)…</translation>
    </message>
    <message>
        <source>Who reports, in the order they report</source>
        <translation>述职人（按述职顺序）</translation>
    </message>
    <message>
        <source>Voter groups: their weights and the ballots issued to each</source>
        <translation>测评组：权重及发放的测评表份数</translation>
    </message>
    <message>
        <source>People and groups</source>
        <translation>述职人与测评组</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>测评结果</translation>
    </message>
    <message>
        <source>Ballot forms as PDF…</source>
        <translation>测评表（PDF）…</translation>
    </message>
    <message>
        <source>Ballot forms</source>
        <translation>测评表</translation>
    </message>
    <message>
        <source>No ballots are issued yet: give each group its number of ballots.</source>
        <translation>尚未发放测评表：请为每个测评组填写发放份数。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Results register</source>
        <translation>测评结果汇总表</translation>
    </message>
    <message>
        <source>Feedback to the selected person</source>
        <translation>所选人员的反馈意见</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>评议会(&amp;S)</translation>
    </message>
    <message>
        <source> (published)</source>
        <translation>（已公布）</translation>
    </message>
    <message>
        <source>The two clerks&apos; entries differ on ballots %1: the results cannot be published until they agree.</source>
        <translation>两名录入员录入的第 %1 号测评表不一致，核对一致前不能公布结果。</translation>
    </message>
    <message>
        <source>Published by %1 on %2.</source>
        <translation>%1 于 %2 公布。</translation>
    </message>
    <message numerus="yes">
        <source> %n amendment(s) since.</source>
        <translation>
            <numerusform>此后更正 %n 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) entered.</source>
        <translation>
            <numerusform>已录入测评表 %n 张。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>No 述职测评 session yet this year: start with New session.</source>
        <translation>本年度尚无述职评议会，请点“新建评议会”。</translation>
    </message>
    <message>
        <source>No published 述职测评 results yet.</source>
        <translation>尚无已公布的述职测评结果。</translation>
    </message>
    <message>
        <source>New 述职测评 session</source>
        <translation>新建述职评议会</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建评议会</translation>
    </message>
    <message>
        <source>Two clerks enter every ballot</source>
        <translation>每张测评表由两名录入员分别录入</translation>
    </message>
    <message>
        <source>Double entry</source>
        <translation>双人录入</translation>
    </message>
    <message>
        <source>Points for %1</source>
        <translation>“%1”计分</translation>
    </message>
    <message>
        <source>好 from score</source>
        <translation>“好”的分数线</translation>
    </message>
    <message>
        <source>较好 from score</source>
        <translation>“较好”的分数线</translation>
    </message>
    <message>
        <source>一般 from score</source>
        <translation>“一般”的分数线</translation>
    </message>
    <message>
        <source>差 when 差 marks reach</source>
        <translation>“差”票达到有效票的比例即为“差”</translation>
    </message>
    <message>
        <source>Session and rules</source>
        <translation>评议会与规则</translation>
    </message>
    <message>
        <source>Add a person who reports</source>
        <translation>添加述职人</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>职责(&amp;L)</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>添加述职人</translation>
    </message>
    <message>
        <source>From responsibility lists</source>
        <translation>从责任清单带出</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added from the responsibility lists.</source>
        <translation>
            <numerusform>已从责任清单带出 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1 from the session?</source>
        <translation>将%1移出本次评议会？</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>述职顺序</translation>
    </message>
    <message>
        <source>Add a voter group</source>
        <translation>添加测评组</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>权重(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Ballots issued</source>
        <translation>发放份数(&amp;B)</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>添加测评组</translation>
    </message>
    <message>
        <source>Publish results</source>
        <translation>公布结果</translation>
    </message>
    <message>
        <source>Publish the results? They are then frozen: a later correction is an amendment with its reason, and units read their own results.</source>
        <translation>公布测评结果？公布后结果冻结，此后的更正须写明理由；各单位可查看本单位人员的结果。</translation>
    </message>
    <message>
        <source>one grade per person, in order, separated by commas: 1,2,,4</source>
        <translation>按述职顺序每人一个等次，用逗号分隔：1,2,,4</translation>
    </message>
    <message>
        <source>Amend a ballot</source>
        <translation>更正测评表</translation>
    </message>
    <message>
        <source>&amp;Serial</source>
        <translation>编号(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>等次(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放份数</translation>
    </message>
    <message>
        <source>Comments to problem &amp;lines…</source>
        <translation>意见转为问题(&amp;L)…</translation>
    </message>
    <message>
        <source>Comments to problem lines</source>
        <translation>意见转为问题</translation>
    </message>
    <message>
        <source>No voter wrote a comment about %1.</source>
        <translation>测评表中没有关于%1的意见建议。</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>意见建议(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rectify by</source>
        <translation>整改时限(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem line(s) added to the ledger.</source>
        <translation>
            <numerusform>已向问题台账添加 %n 条问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Written reports</source>
        <translation>述职报告</translation>
    </message>
    <message>
        <source>Pr&amp;int</source>
        <translation>打印(&amp;I)</translation>
    </message>
    <message>
        <source>A&amp;dd person…</source>
        <translation>添加述职人(&amp;D)…</translation>
    </message>
    <message>
        <source>From responsi&amp;bility lists</source>
        <translation>从责任清单带出(&amp;B)</translation>
    </message>
    <message>
        <source>Add gr&amp;oup…</source>
        <translation>添加测评组(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>cd::Assessment</name>
    <message>
        <source>Reports on time</source>
        <translation>月度进度按时报送</translation>
    </message>
    <message>
        <source>Mandatory tasks completed</source>
        <translation>规定任务完成情况</translation>
    </message>
    <message>
        <source>Party-group hearings</source>
        <translation>党组听取党建汇报</translation>
    </message>
    <message>
        <source>Problems left overdue</source>
        <translation>问题逾期未销号</translation>
    </message>
    <message>
        <source>Negative cases</source>
        <translation>反面典型</translation>
    </message>
    <message>
        <source>Positive cases</source>
        <translation>先进典型</translation>
    </message>
    <message>
        <source>Province rank</source>
        <translation>全省同行业排名</translation>
    </message>
    <message>
        <source>Entered by the office</source>
        <translation>办公室评定</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>Item code &quot;%1&quot;: use 1 to 32 letters, digits, - or _.</source>
        <translation>项目代码“%1”：请使用 1 到 32 个字母、数字、- 或 _。</translation>
    </message>
    <message>
        <source>Item code %1 is used twice.</source>
        <translation>项目代码 %1 重复。</translation>
    </message>
    <message>
        <source>Item %1 needs a name.</source>
        <translation>项目 %1 需要名称。</translation>
    </message>
    <message>
        <source>Item %1 only deducts: its maximum is 0.</source>
        <translation>项目 %1 只扣分，分值应为 0。</translation>
    </message>
    <message>
        <source>Item %1: the maximum must be above 0 and at most 100.</source>
        <translation>项目 %1：分值须大于 0 且不超过 100。</translation>
    </message>
    <message>
        <source>Item %1: the rule has no parameter %2.</source>
        <translation>项目 %1：该规则没有参数 %2。</translation>
    </message>
    <message>
        <source>Item %1: %2 must be a number of 0 or more.</source>
        <translation>项目 %1：%2 须为不小于 0 的数。</translation>
    </message>
    <message>
        <source>Item %1: %2 must not be empty.</source>
        <translation>项目 %1：%2 不能为空。</translation>
    </message>
    <message>
        <source>Item %1: at least one hearing must be required.</source>
        <translation>项目 %1：至少要求听取一次汇报。</translation>
    </message>
    <message>
        <source>Grade thresholds must rise: fair below good below excellent.</source>
        <translation>等次分数线须依次升高：一般 &lt; 良好 &lt; 优秀。</translation>
    </message>
    <message>
        <source>Item %1 has an unknown pillar or rule.</source>
        <translation>项目 %1 的方面或规则无法识别。</translation>
    </message>
    <message>
        <source>The rubric has no items: every unit would score 0. Give it at least one item.</source>
        <translation>考评细则中没有任何考评项目，所有单位都将得 0 分。请至少设置一个项目。</translation>
    </message>
    <message>
        <source>Item %1: pillar %2 is none of the campaign&apos;s pillars.</source>
        <translation>项目 %1：方面“%2”不是本次活动的方面之一。</translation>
    </message>
    <message>
        <source>points off per missing report</source>
        <translation>每缺报一次扣分</translation>
    </message>
    <message>
        <source>points off per late report</source>
        <translation>每迟报一次扣分</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>task code</source>
        <translation>任务编号</translation>
    </message>
    <message>
        <source>hearings required</source>
        <translation>应听取次数</translation>
    </message>
    <message>
        <source>most points off</source>
        <translation>最多扣分</translation>
    </message>
    <message>
        <source>full marks down to place</source>
        <translation>满分名次</translation>
    </message>
    <message>
        <source>points off per place below</source>
        <translation>每低一名扣分</translation>
    </message>
    <message>
        <source>points off per overdue line</source>
        <translation>每条逾期扣分</translation>
    </message>
    <message>
        <source>points off per case</source>
        <translation>每例扣分</translation>
    </message>
    <message>
        <source>points added per case</source>
        <translation>每例加分</translation>
    </message>
    <message>
        <source>Secretaries&apos; report-and-rating</source>
        <translation>述职测评结果</translation>
    </message>
</context>
<context>
    <name>cd::AssessmentGroups</name>
    <message>
        <source>There is no group %1.</source>
        <translation>没有分组“%1”。</translation>
    </message>
    <message>
        <source>Units placed here</source>
        <translation>直属单位</translation>
    </message>
</context>
<context>
    <name>cd::AssessmentModel</name>
    <message numerus="yes">
        <source>%n item(s) adjusted by the office</source>
        <translation>
            <numerusform>办公室调整了 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Cases ±</source>
        <translation>典型加减分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
</context>
<context>
    <name>cd::AssessmentPage</name>
    <message>
        <source>Pillar</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>考评项目</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>评分依据</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>&amp;Score or adjust…</source>
        <translation>评分/调整(&amp;S)…</translation>
    </message>
    <message>
        <source>R&amp;ubric…</source>
        <translation>考评细则(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Lock the year</source>
        <translation>审定锁定(&amp;L)</translation>
    </message>
    <message>
        <source>U&amp;nlock…</source>
        <translation>解除锁定(&amp;N)…</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>筛选单位</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部等次</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Ranking: print preview…</source>
        <translation>排名表：打印预览…</translation>
    </message>
    <message>
        <source>Ranking as PDF…</source>
        <translation>排名表另存为 PDF…</translation>
    </message>
    <message>
        <source>Score sheet of the selected unit as PDF…</source>
        <translation>所选单位得分表另存为 PDF…</translation>
    </message>
    <message>
        <source>Scores as a spreadsheet…</source>
        <translation>得分导出为表格…</translation>
    </message>
    <message>
        <source>Breakdown of the selected unit (double-click for its reports, problems and cases)</source>
        <translation>所选单位得分明细（双击查看其报告、问题和典型案例）</translation>
    </message>
    <message>
        <source>No campaign is open.</source>
        <translation>未打开活动。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 assessment&lt;/b&gt; — locked by %2 on %3; these scores no longer change.</source>
        <translation>&lt;b&gt;%1年度考评&lt;/b&gt;——已由 %2 于 %3 审定锁定，得分不再变化。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 assessment&lt;/b&gt; — preview as of %2: the scores if the year ended today. Full marks %3.</source>
        <translation>&lt;b&gt;%1年度考评&lt;/b&gt;——截至 %2 的预览：假如年度今天结束的得分。满分 %3 分。</translation>
    </message>
    <message>
        <source>%1 by the rule; %2</source>
        <translation>按规则 %1 分；%2</translation>
    </message>
    <message>
        <source>Lock the year</source>
        <translation>审定锁定</translation>
    </message>
    <message>
        <source>Lock the %1 assessment with the scores as they stand? Nothing changes afterwards unless an administrator unlocks it.</source>
        <translation>按当前得分审定锁定%1年度考评？锁定后除非管理员解除锁定，得分不再变化。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>Why is the %1 assessment reopened?</source>
        <translation>为什么重新打开%1年度考评？</translation>
    </message>
    <message>
        <source>Save the ranking</source>
        <translation>保存排名表</translation>
    </message>
    <message>
        <source>assessment-%1.pdf</source>
        <translation>%1年度考评结果.pdf</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>年终考评</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>得分表</translation>
    </message>
    <message>
        <source>Choose a unit in the ranking first.</source>
        <translation>请先在排名表中选择单位。</translation>
    </message>
    <message>
        <source>Save the score sheet</source>
        <translation>保存得分表</translation>
    </message>
    <message>
        <source>score-sheet-%1.pdf</source>
        <translation>%1考评得分表.pdf</translation>
    </message>
    <message>
        <source>Export the scores</source>
        <translation>导出得分</translation>
    </message>
    <message>
        <source>assessment-%1.xlsx</source>
        <translation>%1年度考评得分.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation>%1年度考评</translation>
    </message>
    <message>
        <source>Score histor&amp;y…</source>
        <translation>评分记录(&amp;Y)…</translation>
    </message>
    <message>
        <source>%1&apos;s scores</source>
        <translation>%1的评分</translation>
    </message>
</context>
<context>
    <name>cd::AssessmentService</name>
    <message>
        <source>There is no campaign for %1.</source>
        <translation>没有 %1 年度的活动。</translation>
    </message>
    <message>
        <source>The %1 assessment was locked by %2 on %3; an administrator must unlock it first.</source>
        <translation>%1年度考评已由 %2 于 %3 审定锁定，须由管理员先解除锁定。</translation>
    </message>
    <message>
        <source>The locked %1 assessment cannot be read: %2</source>
        <translation>无法读取已锁定的%1年度考评：%2</translation>
    </message>
    <message>
        <source>The rubric has no item %1.</source>
        <translation>考评细则中没有项目 %1。</translation>
    </message>
    <message>
        <source>There is no such active unit.</source>
        <translation>没有这个在用单位。</translation>
    </message>
    <message>
        <source>%1 takes a score from %2 to %3.</source>
        <translation>%1 的得分范围为 %2 到 %3。</translation>
    </message>
    <message>
        <source>%1 is computed from the data; overriding it needs a reason.</source>
        <translation>%1 由数据自动计算，调整须说明理由。</translation>
    </message>
    <message>
        <source>The %1 assessment is not locked.</source>
        <translation>%1年度考评未锁定。</translation>
    </message>
    <message>
        <source>The score of %1 for %2</source>
        <translation>%1 的“%2”评分</translation>
    </message>
    <message>
        <source>The %1 rubric</source>
        <translation>%1 年度考核细则</translation>
    </message>
</context>
<context>
    <name>cd::AuditDialog</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Audit record</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Person (login)</source>
        <translation>操作人账户(&amp;P)</translation>
    </message>
    <message>
        <source>Record &amp;kind</source>
        <translation>记录类别(&amp;K)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>文字(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify the record</source>
        <translation>校验记录(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown.</source>
        <translation>
            <numerusform>共显示 %n 条变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is NOT intact: row %1 does not match the chain — a row was changed, deleted or inserted there.</source>
        <translation>操作记录不完整：第 %1 条与校验链不符——该处有记录被改动、删除或插入。</translation>
    </message>
    <message>
        <source>The record is intact: %1 rows, code %2.</source>
        <translation>操作记录完整：共 %1 条，记录校验码 %2。</translation>
    </message>
    <message>
        <source>Export the audit record</source>
        <translation>导出操作记录</translation>
    </message>
    <message>
        <source>audit-record.xlsx</source>
        <translation>操作记录.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>campaign created</source>
        <translation>创建活动</translation>
    </message>
    <message>
        <source>demo written</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>unit added</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>unit imported</source>
        <translation>导入单位</translation>
    </message>
    <message>
        <source>unit changed</source>
        <translation>修改单位</translation>
    </message>
    <message>
        <source>task added</source>
        <translation>新增任务</translation>
    </message>
    <message>
        <source>task changed</source>
        <translation>修改任务</translation>
    </message>
    <message>
        <source>responsibility added</source>
        <translation>新增责任</translation>
    </message>
    <message>
        <source>responsibility changed</source>
        <translation>修改责任</translation>
    </message>
    <message>
        <source>responsibility removed</source>
        <translation>删除责任</translation>
    </message>
    <message>
        <source>responsibility list imported</source>
        <translation>导入责任清单</translation>
    </message>
    <message>
        <source>plan submitted</source>
        <translation>提交月度计划</translation>
    </message>
    <message>
        <source>report saved</source>
        <translation>保存进度报告</translation>
    </message>
    <message>
        <source>report submitted</source>
        <translation>提交进度报告</translation>
    </message>
    <message>
        <source>report accepted</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>report returned</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>inspection recorded</source>
        <translation>登记督查</translation>
    </message>
    <message>
        <source>problem line opened</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <source>problem line moved on</source>
        <translation>问题状态变更</translation>
    </message>
    <message>
        <source>problem line escalated</source>
        <translation>升级督办</translation>
    </message>
    <message>
        <source>case recorded</source>
        <translation>登记典型</translation>
    </message>
    <message>
        <source>case published</source>
        <translation>发布典型</translation>
    </message>
    <message>
        <source>settings saved</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>rubric saved</source>
        <translation>保存考评细则</translation>
    </message>
    <message>
        <source>score entered</source>
        <translation>录入得分</translation>
    </message>
    <message>
        <source>score overridden</source>
        <translation>调整得分</translation>
    </message>
    <message>
        <source>score cleared</source>
        <translation>清除得分</translation>
    </message>
    <message>
        <source>assessment locked</source>
        <translation>锁定考评</translation>
    </message>
    <message>
        <source>assessment unlocked</source>
        <translation>解锁考评</translation>
    </message>
    <message>
        <source>bulletin draft saved</source>
        <translation>保存通报草稿</translation>
    </message>
    <message>
        <source>bulletin issued</source>
        <translation>签发通报</translation>
    </message>
    <message>
        <source>bulletin corrected</source>
        <translation>更正通报</translation>
    </message>
    <message>
        <source>account added</source>
        <translation>新增账户</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>task package made</source>
        <translation>导出任务数据包</translation>
    </message>
    <message>
        <source>report package taken in</source>
        <translation>导入报送数据包</translation>
    </message>
    <message>
        <source>report package made</source>
        <translation>生成报送数据包</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>responsibility</source>
        <translation>责任</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>report</source>
        <translation>进度报告</translation>
    </message>
    <message>
        <source>problem line</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>督查</translation>
    </message>
    <message>
        <source>typical case</source>
        <translation>典型</translation>
    </message>
    <message>
        <source>bulletin</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>principal leader</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <source>leader in charge</source>
        <translation>分管负责人</translation>
    </message>
    <message>
        <source>unit secretary</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>active</source>
        <translation>参加活动</translation>
    </message>
    <message>
        <source>order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>unit no.</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>items</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>period no.</source>
        <translation>报送期编号</translation>
    </message>
    <message>
        <source>period</source>
        <translation>报送期</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>review comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>submitted by</source>
        <translation>报送人</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>description</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>person responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>from</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>step</source>
        <translation>督办步骤</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>record code</source>
        <translation>记录校验码</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>cadence</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>rubric item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>issue no.</source>
        <translation>期号</translation>
    </message>
    <message>
        <source>copied to</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>login</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>name shown</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>sequence no.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>整改答复</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正面典型</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>inspectors</source>
        <translation>督查人员</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>打印(&amp;R)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1的历史记录</translation>
    </message>
    <message>
        <source>The history of %1: every change to it, oldest first.</source>
        <translation>%1的历史记录：对它的每一次改动，按时间先后排列。</translation>
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
        <source>minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>found by inspection</source>
        <translation>督查发现</translation>
    </message>
    <message>
        <source>found by the unit itself</source>
        <translation>自查发现</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>群众反映</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单位数</translation>
    </message>
    <message>
        <source>responsibilities</source>
        <translation>责任条目数</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>red light: tasks behind</source>
        <translation>红灯：滞后任务数</translation>
    </message>
    <message>
        <source>yellow light: tasks behind</source>
        <translation>黄灯：滞后任务数</translation>
    </message>
    <message>
        <source>warning days before a deadline</source>
        <translation>截止前提醒天数</translation>
    </message>
    <message>
        <source>whoever fixed may verify</source>
        <translation>整改人可自行销号</translation>
    </message>
    <message>
        <source>limit per evidence file (MB)</source>
        <translation>单个佐证文件上限（MB）</translation>
    </message>
    <message>
        <source>task no.</source>
        <translation>任务编号</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>the built-in 三抓一促 template</source>
        <translation>内置“三抓一促”模板</translation>
    </message>
    <message>
        <source>fingerprint (SHA-256)</source>
        <translation>文件指纹（SHA-256）</translation>
    </message>
    <message>
        <source>size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>已完成工作</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>下一步打算</translation>
    </message>
    <message>
        <source>saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>report no.</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>note on striking off</source>
        <translation>销号说明</translation>
    </message>
    <message>
        <source>fix reported by</source>
        <translation>整改报告人</translation>
    </message>
    <message>
        <source>verified by</source>
        <translation>核验人</translation>
    </message>
    <message>
        <source>locked at</source>
        <translation>锁定时间</translation>
    </message>
    <message>
        <source>locked by</source>
        <translation>锁定人</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>full marks</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>owning unit no.</source>
        <translation>所属单位编号</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>替代</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>good practices</source>
        <translation>经验做法</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>unit moved to another group</source>
        <translation>调整单位分组</translation>
    </message>
    <message>
        <source>group added</source>
        <translation>新增分组</translation>
    </message>
    <message>
        <source>group changed</source>
        <translation>修改分组</translation>
    </message>
    <message>
        <source>group moved</source>
        <translation>移动分组</translation>
    </message>
    <message>
        <source>group removed</source>
        <translation>删除分组</translation>
    </message>
    <message>
        <source>group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>group no.</source>
        <translation>分组编号</translation>
    </message>
    <message>
        <source>parent group no.</source>
        <translation>上级分组编号</translation>
    </message>
    <message>
        <source>path</source>
        <translation>分组路径</translation>
    </message>
    <message>
        <source>office</source>
        <translation>活动办</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>主送</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>待接入</translation>
    </message>
</context>
<context>
    <name>cd::AuditService</name>
    <message numerus="yes">
        <source>%n change(s) written a moment ago await their place in the chain; the next change links them.</source>
        <translation>
            <numerusform>另有 %n 条刚写入的操作记录尚待接入校验链，下一次操作时自动接入。</numerusform>
        </translation>
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
    <name>cd::BallotEntry</name>
    <message>
        <source>%1 (several grades: invalid)</source>
        <translation>%1（多选，无效）</translation>
    </message>
    <message>
        <source>Clerk 1</source>
        <translation>录入员一</translation>
    </message>
    <message>
        <source>Clerk 2 (second entry)</source>
        <translation>录入员二（复录）</translation>
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
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Grade (1–4)</source>
        <translation>等次（1–4）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>&amp;Entered by</source>
        <translation>录入员(&amp;E)</translation>
    </message>
    <message>
        <source>For each person type 1 好, 2 较好, 3 一般 or 4 差 (nothing, or two grades, is invalid for that person), Enter for the next; Enter on the last saves the ballot.</source>
        <translation>每人按 1 好、2 较好、3 一般、4 差（不选或多选对该人无效），回车到下一人；最后一人回车即保存本张测评表。</translation>
    </message>
    <message>
        <source>No ballot with this serial was issued.</source>
        <translation>未发放此编号的测评表。</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>测评组：%1</translation>
    </message>
    <message>
        <source>Ballot %1 was entered before by this clerk: saving corrects it.</source>
        <translation>第 %1 号测评表已由本录入员录入过，保存即更正。</translation>
    </message>
    <message>
        <source>Ballot %1 corrected.</source>
        <translation>第 %1 号测评表已更正。</translation>
    </message>
    <message>
        <source>Ballot %1 saved.</source>
        <translation>第 %1 号测评表已保存。</translation>
    </message>
    <message>
        <source>Seria&amp;l</source>
        <translation>编号(&amp;L)</translation>
    </message>
</context>
<context>
    <name>cd::BulletinContent</name>
    <message>
        <source>The stored bulletin is incomplete.</source>
        <translation>保存的通报内容不完整。</translation>
    </message>
</context>
<context>
    <name>cd::BulletinPage</name>
    <message>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>By</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>签发(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>1 Overall situation</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <source>3 Good practice</source>
        <translation>三、好经验好做法</translation>
    </message>
    <message>
        <source>4 Problems</source>
        <translation>四、存在问题</translation>
    </message>
    <message>
        <source>5 Next steps</source>
        <translation>五、下步工作</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>倾斜</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Unit table as a spreadsheet…</source>
        <translation>单位情况表导出为表格…</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>季度(&amp;Q)</translation>
    </message>
    <message>
        <source>Issued bulletins (select one to see it as issued)</source>
        <translation>已签发的通报（选中查看签发原件）</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被更正</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>督查通报</translation>
    </message>
    <message>
        <source>No. %1 as issued on %2 — it no longer changes.</source>
        <translation>第%1期，%2签发——内容不再变化。</translation>
    </message>
    <message>
        <source>Draft of %1, figures as of %2.</source>
        <translation>%1通报草稿，数据截至 %2。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 units · reports due %3: %4 on time, %5 late, %6 missing · problem lines found %7, struck off %8, overdue %9&lt;br&gt;Named for missing reports: %10&lt;br&gt;Named for overdue lines: %11</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2个单位 · 应报月度进度%3份：按时%4份，迟报%5份，未报%6份 · 发现问题%7个，销号%8个，逾期%9个&lt;br&gt;点名（未按要求报送）：%10&lt;br&gt;点名（问题逾期未销号）：%11</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Save the changes to the draft of %1?</source>
        <translation>保存对%1通报草稿的修改吗？</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>Issue the bulletin for %1 with the next number? Once issued it cannot be edited, only superseded by a corrected issue.</source>
        <translation>按下一期期数签发%1督查通报？签发后不能再修改，只能以更正的一期替代。</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>What does the corrected issue correct?</source>
        <translation>这一期更正什么内容？</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>bulletin-%1-no%2</source>
        <translation>督查通报-%1-第%2期</translation>
    </message>
    <message>
        <source>bulletin-%1-draft</source>
        <translation>督查通报-%1-草稿</translation>
    </message>
    <message>
        <source>bulletin-%1-no%2.xlsx</source>
        <translation>督查通报-%1-第%2期.xlsx</translation>
    </message>
    <message>
        <source>bulletin-%1-draft.xlsx</source>
        <translation>督查通报-%1-草稿.xlsx</translation>
    </message>
    <message>
        <source>Save the bulletin&apos;s unit table</source>
        <translation>保存通报的单位情况表</translation>
    </message>
    <message>
        <source>The on-time rate by month, problems found and struck off, and completion by pillar, as figures under section 1.</source>
        <translation>按月按时报送率、发现问题与整改销号数、各方面任务完成率，以图的形式印在“一、总体情况”之后。</translation>
    </message>
    <message>
        <source>Copy t&amp;o:</source>
        <translation>抄送(&amp;O)：</translation>
    </message>
    <message>
        <source>Print the figu&amp;res</source>
        <translation>印出统计图(&amp;R)</translation>
    </message>
    <message>
        <source>Section 2, the table of every unit&apos;s figures for the quarter, is made from the campaign&apos;s records when the bulletin is printed or issued: there is nothing to write for it here. Print ▸ Print preview shows it.</source>
        <translation>第二部分为各单位本季度情况统计表，由程序在打印或签发通报时根据活动数据自动生成，此处无需填写。可通过“打印 ▸ 打印预览”查看。</translation>
    </message>
    <message>
        <source>The whole campaign&apos;s bulletin, or a group&apos;s, issued by its own office with numbers of its own</source>
        <translation>全部单位的通报，或某个分组由其活动办印发、单独编号的通报</translation>
    </message>
    <message>
        <source>Iss&amp;uer</source>
        <translation>发文(&amp;U)</translation>
    </message>
    <message>
        <source>The whole campaign</source>
        <translation>全部单位</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1等，另有 %n 个单位</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit &amp;table as a separate spreadsheet</source>
        <translation>单位情况表另发电子表格(&amp;T)</translation>
    </message>
    <message>
        <source>2 Figures (made by the program)</source>
        <translation>二、推进情况（程序生成）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>How many units each list of section 4 names, the worst first, with &quot;等N个单位&quot; after; 0 names them all</source>
        <translation>第四部分每类点名的单位数，问题最突出的在前，其后写“等N个单位”；0 表示全部列出</translation>
    </message>
    <message>
        <source>&amp;Name at most:</source>
        <translation>点名至多(&amp;N)：</translation>
    </message>
    <message>
        <source>For a campaign in groups: every unit&apos;s line goes in a spreadsheet sent with the bulletin (Print ▸ Unit table as a spreadsheet) instead of the printed attachment; the attachment note says so</source>
        <translation>分组的活动：各单位情况以电子表格随通报另发（打印 ▸ 单位情况表导出为表格），不再作为附件印出；附件说明中注明</translation>
    </message>
    <message>
        <source>Section 2, the table of the groups&apos; figures for the quarter, is made from the campaign&apos;s records when the bulletin is printed or issued, and so is every unit&apos;s line: printed as the attachment, or sent as a spreadsheet of its own when &quot;Unit table as a separate spreadsheet&quot; is ticked. Print ▸ Print preview shows them.</source>
        <translation>第二部分“各分组推进情况”表在打印或签发通报时由活动记录生成，各单位情况也一样：作为附件印出，或勾选“单位情况表另发电子表格”后以电子表格另发。打印 ▸ 打印预览可查看。</translation>
    </message>
</context>
<context>
    <name>cd::BulletinService</name>
    <message>
        <source>%1 is not a quarter (write 2020Q2).</source>
        <translation>%1 不是季度（请写成 2020Q2）。</translation>
    </message>
    <message>
        <source>There is no campaign for %1.</source>
        <translation>没有 %1 年度的活动。</translation>
    </message>
    <message>
        <source>Say what the corrected issue corrects.</source>
        <translation>请说明这一期更正什么内容。</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>还没有活动。</translation>
    </message>
    <message>
        <source>There is no issued bulletin No. %1 to correct.</source>
        <translation>没有可更正的已签发第%1期通报。</translation>
    </message>
    <message>
        <source>%1 already has a draft; edit or issue that one.</source>
        <translation>%1 已有草稿，请修改或签发该草稿。</translation>
    </message>
    <message>
        <source>There is no bulletin No. %1.</source>
        <translation>没有第%1期通报。</translation>
    </message>
    <message>
        <source>The draft bulletin for %1</source>
        <translation>%1 的通报草稿</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>该分组已不存在。</translation>
    </message>
    <message>
        <source>Name from 1 to %1 units under each heading, or 0 to name all of them.</source>
        <translation>每类点名可列 1 至 %1 个单位，填 0 表示全部列出。</translation>
    </message>
</context>
<context>
    <name>cd::CampaignCopy</name>
    <message>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 and %2 have different schema versions (%3 and %4); open both with this program first.</source>
        <translation>%1 与 %2 的数据库结构版本不同（%3 与 %4）；请先用本程序分别打开二者。</translation>
    </message>
    <message>
        <source>%1 already holds a campaign (the table %2 has rows); a copy goes only into an empty database or a new file. Nothing was written.</source>
        <translation>%1 中已有活动数据（数据表 %2 不为空）；只能复制到空数据库或新文件。未写入任何内容。</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written to %1.</source>
        <translation>复制已取消；未向 %1 写入任何内容。</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3.</source>
        <translation>数据表 %1 在 %2 与 %3 中的列不同。</translation>
    </message>
    <message>
        <source>The copy in %1 does not match in the table %2 (%3 rows written, %4 found).</source>
        <translation>%1 中的副本在数据表 %2 上核验不符（写入 %3 行，实有 %4 行）。</translation>
    </message>
    <message>
        <source>%1 already exists; a copy is written only to a new file. Nothing was written.</source>
        <translation>%1 已存在；副本只写入新文件。未写入任何内容。</translation>
    </message>
    <message>
        <source>Could not give the copy its name %1.</source>
        <translation>无法将副本命名为 %1。</translation>
    </message>
    <message>
        <source>The table %1 is missing from %2.</source>
        <translation>%2 中缺少数据表 %1。</translation>
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
        <source>&lt;h2&gt;No campaign yet&lt;/h2&gt;&lt;p&gt;Use File ▸ New to create this year&apos;s campaign from the template.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;尚未创建活动&lt;/h2&gt;&lt;p&gt;请通过“文件 ▸ 新建活动”用内置模板创建本年度活动。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 to %3 · %4 mandatory tasks · %5 units&apos; own tasks&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 至 %3 · 规定动作 %4 项 · 单位自选动作 %5 项&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cd::CampaignService</name>
    <message>
        <source>There is no campaign template called &apos;%1&apos;.</source>
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
        <source>Unknown pillar &apos;%1&apos; in the template.</source>
        <translation>模板中有未知的方面“%1”。</translation>
    </message>
    <message>
        <source>Template task &apos;%1&apos; is incomplete.</source>
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
    <name>cd::CaseDialog</name>
    <message>
        <source>New typical case</source>
        <translation>新增典型案例</translation>
    </message>
    <message>
        <source>&amp;Positive (good practice)</source>
        <translation>正面典型（好经验好做法）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Negative (exposed)</source>
        <translation>反面典型（通报曝光）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>P&amp;illar</source>
        <translation>方面(&amp;I)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>案例内容(&amp;W)</translation>
    </message>
    <message>
        <source>Choose a unit from the list.</source>
        <translation>请从列表中选择单位。</translation>
    </message>
    <message>
        <source>Pu&amp;blish now (the bulletin and the assessment use published cases)</source>
        <translation>立即发布（通报和考评只采用已发布的案例）(&amp;B)</translation>
    </message>
</context>
<context>
    <name>cd::CopyService</name>
    <message>
        <source>%1 may not take a copy of the whole campaign: snapshots and copies are the office&apos;s and the administrators&apos; to take.</source>
        <translation>%1 无权复制整个活动：活动快照和副本由办公室和管理员制作。</translation>
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
        <source>The text is neither UTF-8 nor GB18030/GBK; save it again as &quot;CSV UTF-8&quot; and retry.</source>
        <translation>文本既不是 UTF-8 也不是 GB18030/GBK 编码，请另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>Row %1, column %2: the cell holds more than %3 characters.</source>
        <translation>第 %1 行第 %2 列：单元格超过 %3 个字符。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>文件超过 %1 行。</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>表格文件</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns; this is not a sheet that can be imported.</source>
        <translation>第 %1 行超过 %2 列，不是可以导入的表格。</translation>
    </message>
    <message>
        <source>The file has more than %1 cells.</source>
        <translation>文件的单元格超过 %1 个。</translation>
    </message>
</context>
<context>
    <name>cd::DashboardPage</name>
    <message>
        <source>Reports on time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Tasks behind schedule</source>
        <translation>进度滞后任务</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>未销号问题</translation>
    </message>
    <message>
        <source>Overdue problems</source>
        <translation>逾期问题</translation>
    </message>
    <message>
        <source>Closing rate</source>
        <translation>销号率</translation>
    </message>
    <message>
        <source>Deadlines in the next two weeks</source>
        <translation>未来两周到期事项</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;&lt;p&gt;Open a campaign file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;工作台&lt;/h2&gt;&lt;p&gt;请打开活动文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;工作台&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;&lt;p&gt;No monthly report is due yet.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;工作台&lt;/h2&gt;&lt;p&gt;尚无到期的月度报告。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation>按时报送率（%）</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Struck off</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>On-time reports</source>
        <translation>按时报送率</translation>
    </message>
    <message>
        <source>Problems found and struck off</source>
        <translation>问题发现与销号</translation>
    </message>
    <message>
        <source>On schedule (%)</source>
        <translation>进度正常（%）</translation>
    </message>
    <message>
        <source>Completion by pillar</source>
        <translation>分方面进度</translation>
    </message>
    <message>
        <source>Nothing falls due in the next two weeks.</source>
        <translation>未来两周没有到期事项。</translation>
    </message>
    <message numerus="yes">
        <source>%1 units taking part (%n deactivated, not counted)</source>
        <translation>
            <numerusform>参加活动的 %1 个单位（另有 %n 个已停用，不计入）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>共 %1 个单位</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;&lt;p&gt;Reports for %1 · %2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;工作台&lt;/h2&gt;&lt;p&gt;%1 报送情况 · %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>返回上级(&amp;U)</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a group to see its own groups and units</source>
        <translation>双击或按回车键查看该分组下的分组和单位</translation>
    </message>
    <message>
        <source>Back to the group above (Backspace)</source>
        <translation>返回上一级分组（退格键）</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>全部单位</translation>
    </message>
</context>
<context>
    <name>cd::DashboardService</name>
    <message>
        <source>There is no campaign yet.</source>
        <translation>尚未创建活动。</translation>
    </message>
    <message>
        <source>Reports for %1 due</source>
        <translation>%1 报告截止</translation>
    </message>
    <message numerus="yes">
        <source>%n problem line(s) due</source>
        <translation>
            <numerusform>%n 个问题到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Units placed here</source>
        <translation>直属单位</translation>
    </message>
    <message>
        <source>There is no group %1.</source>
        <translation>没有分组“%1”。</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>该分组已不存在。</translation>
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
    <message>
        <source>Leave the password out of the server address (others can read a command line); set PGPASSWORD instead.</source>
        <translation>请不要把密码写在服务器地址里（命令行可被他人看到）；请改用 PGPASSWORD 环境变量。</translation>
    </message>
    <message>
        <source>This computer has no PostgreSQL driver for Qt (the package libqt6sql6-psql).</source>
        <translation>本机缺少 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The database %1 is not a CampaignDesk campaign (its schema version cannot be read).</source>
        <translation>数据库 %1 不是本系统的活动数据库（无法读取其结构版本）。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CampaignDesk (schema %2; this program knows up to %3). Use the newer program.</source>
        <translation>数据库 %1 由更新版本的本系统写入（结构版本 %2，本程序最高支持 %3）。请使用新版程序。</translation>
    </message>
    <message>
        <source>Could not lock %1 for migrating its schema.</source>
        <translation>无法锁定 %1 以升级其数据结构。</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the password for %2.</source>
        <translation>%1 处的服务器不接受 %2 的密码。</translation>
    </message>
    <message>
        <source>The server at %1 wants a password for %2: set PGPASSWORD or CAMPAIGNDESK_PASSWORD, or run the command at a terminal to be asked.</source>
        <translation>%1 处的服务器要求 %2 提供密码：请设置 PGPASSWORD 或 CAMPAIGNDESK_PASSWORD，或在终端中运行命令以便输入。</translation>
    </message>
    <message>
        <source>The server name in %1 is not known on this network.</source>
        <translation>本网络中找不到 %1 中的服务器名称。</translation>
    </message>
    <message>
        <source>Nothing answers at %1: check the address and that the database server is running.</source>
        <translation>%1 处无响应：请检查地址，并确认数据库服务器正在运行。</translation>
    </message>
    <message>
        <source>The server at %1 has no database %2.</source>
        <translation>%1 处的服务器上没有数据库 %2。</translation>
    </message>
    <message>
        <source>The server at %1 has no login %2.</source>
        <translation>%1 处的服务器上没有登录名 %2。</translation>
    </message>
    <message>
        <source>The server at %1 does not let %2 into the database %3 (its pg_hba.conf or grants).</source>
        <translation>%1 处的服务器不允许 %2 进入数据库 %3（见其 pg_hba.conf 或授权）。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be made (sslmode): %2</source>
        <translation>无法与 %1 建立安全连接（sslmode）：%2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>Could not create %1: the folder is read-only.</source>
        <translation>无法创建 %1：该文件夹是只读的。</translation>
    </message>
    <message>
        <source>The file %1 was written by an older CampaignDesk and must be updated, but it is read-only here. Copy it to a folder you may write to, or ask for write access.</source>
        <translation>文件 %1 由较早版本的 CampaignDesk 写入，需要升级，但它在这里是只读的。请将它复制到您有写入权限的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <source>Could not read what the login of %1 may do.</source>
        <translation>无法读取 %1 的登录名具有哪些权限。</translation>
    </message>
    <message>
        <source>%1 is a superuser of the PostgreSQL server, which passes every unit&apos;s fence (row-level security); CampaignDesk does not work as one. Connect as the campaign&apos;s owner or as an account (docs/server.md says how to make them).</source>
        <translation>%1 是 PostgreSQL 服务器的超级用户，可越过各单位的数据隔离（行级安全），本程序不以超级用户身份工作。请以活动的所有者或某个账户连接（创建方法见 docs/server.md）。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached yet.</source>
        <translation>暂时仍无法连接服务器 %1。</translation>
    </message>
    <message>
        <source>The login %1 may not set up %2: it needs CREATEROLE to create the campaign&apos;s group roles, or the server&apos;s administrator creates %3_admin, %3_office, %3_unit and %3_viewer beforehand (docs/server.md).</source>
        <translation>登录名 %1 无权建立 %2：它需要 CREATEROLE 权限来创建活动的组角色，或由服务器管理员预先创建 %3_admin、%3_office、%3_unit 和 %3_viewer（见 docs/server.md）。</translation>
    </message>
    <message>
        <source>The server at %1 was too busy to let this login in; it was tried for %2 seconds. Try again in a minute.</source>
        <translation>%1 处的服务器繁忙，未能让此账户登录；已连续尝试 %2 秒。请稍候一分钟再试。</translation>
    </message>
    <message>
        <source>No server at %1 takes writes now: each is a standby. When the primary has failed, its administrator promotes a standby (docs/server.md); try again in a minute.</source>
        <translation>%1 上现在没有可写入的服务器：每一台都是备库。主库故障时，由管理员将一台备库提升为主库（见 docs/server.md）；请一分钟后再试。</translation>
    </message>
    <message>
        <source>No standby answers at %1; leave target_session_attrs out of the address, or write prefer-standby.</source>
        <translation>%1 上没有备库应答；请在地址中去掉 target_session_attrs，或写 prefer-standby。</translation>
    </message>
    <message>
        <source>%1 is not a server address; write postgresql://USER@HOST:PORT/DATABASE, or for a primary and its standbys postgresql://USER@HOST1:PORT,HOST2:PORT/DATABASE?target_session_attrs=read-write.</source>
        <translation>%1 不是服务器地址；请写 postgresql://登录名@主机:端口/数据库，主库带备库时写 postgresql://登录名@主机1:端口,主机2:端口/数据库?target_session_attrs=read-write。</translation>
    </message>
    <message>
        <source>The standby %1 holds a campaign of schema %2, which this program updates to %3 on the primary; connect to the primary once (or to an address that names it), then the standby follows.</source>
        <translation>备库 %1 上的活动数据库结构为第 %2 版，本程序要在主库上将其升级到第 %3 版；请先连接一次主库（或用包含主库的地址），备库随后自动跟上。</translation>
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
    <name>cd::DocumentFiles</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1: write .pdf, .docx, .odt or .html.</source>
        <translation>%1：只能写 .pdf、.docx、.odt 或 .html 文件。</translation>
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
    <name>cd::GroupDialog</name>
    <message>
        <source>Group %1</source>
        <translation>分组 %1</translation>
    </message>
    <message>
        <source>e.g. 河安县“三抓一促”活动领导小组办公室</source>
        <translation>如：河安县“三抓一促”活动领导小组办公室</translation>
    </message>
    <message>
        <source>e.g. 各乡镇、县直各单位</source>
        <translation>如：各乡镇、县直各单位</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>活动办(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Addressed to:</source>
        <translation>主送(&amp;A)：</translation>
    </message>
    <message>
        <source>The office issues this part&apos;s documents; they are addressed to the units named here.</source>
        <translation>该分组的文件由此处的活动办印发，主送此处所列单位。</translation>
    </message>
</context>
<context>
    <name>cd::GroupFiguresModel</name>
    <message numerus="yes">
        <source>%n red</source>
        <translation>
            <numerusform>红 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yellow</source>
        <translation>
            <numerusform>黄 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>%1 of %2 units red, %3 yellow</source>
        <translation>%2 个单位中红灯 %1 个、黄灯 %3 个</translation>
    </message>
    <message>
        <source>The units placed in %1 itself</source>
        <translation>直接归属“%1”的单位</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位数</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <source>Tasks behind</source>
        <translation>滞后任务</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>未销号问题</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Closing rate</source>
        <translation>销号率</translation>
    </message>
</context>
<context>
    <name>cd::GroupKind</name>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>cd::GroupPanel</name>
    <message>
        <source>New gro&amp;up…</source>
        <translation>新建分组(&amp;U)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位数</translation>
    </message>
    <message>
        <source>The group&apos;s name, kind, the office that runs it and whom its documents address</source>
        <translation>分组的名称、类型、负责的活动办和文件主送单位</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>未分组</translation>
    </message>
    <message>
        <source>The units placed in no group</source>
        <translation>未放入任何分组的单位</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <source>The new group&apos;s path, its levels between &quot;/&quot; (e.g. 河安县/政府部门); the levels above it are made as needed:</source>
        <translation>新分组的路径，各级之间用“/”分隔（如：河安县/政府部门），缺少的上级分组将一并建立：</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>删除分组</translation>
    </message>
    <message>
        <source>Remove the group %1? Only an empty group can go.</source>
        <translation>删除分组“%1”？只有空分组才能删除。</translation>
    </message>
</context>
<context>
    <name>cd::GroupService</name>
    <message>
        <source>The group path &quot;%1&quot; has an empty level; write its levels between &quot;/&quot;, e.g. 河安县/政府部门.</source>
        <translation>分组路径“%1”中有空的一级；各级之间用“/”分隔，如：河安县/政府部门。</translation>
    </message>
    <message>
        <source>The office&apos;s name is at most 200 characters.</source>
        <translation>活动办名称最多 200 个字。</translation>
    </message>
    <message>
        <source>A group&apos;s short name, office and addressee are at most 200 characters each.</source>
        <translation>分组的简称、活动办和主送单位各最多 200 个字。</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>该分组已不存在。</translation>
    </message>
    <message>
        <source>%1 already holds a group named %2.</source>
        <translation>“%1”下已有名为“%2”的分组。</translation>
    </message>
    <message>
        <source>The top level</source>
        <translation>最上一级</translation>
    </message>
    <message>
        <source>%1 still holds groups; move or remove them first.</source>
        <translation>“%1”下还有分组，请先移走或删除。</translation>
    </message>
    <message>
        <source>%1 still holds units (%2 among them); move them first.</source>
        <translation>“%1”中还有单位（如%2），请先移走。</translation>
    </message>
    <message>
        <source>There is no group %1; add it first (groups add).</source>
        <translation>没有分组“%1”，请先新建（groups add）。</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <source>%1 cannot go under itself or a group of its own.</source>
        <translation>“%1”不能放到自身或其下级分组之下。</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>分组须有名称。</translation>
    </message>
    <message>
        <source>A group&apos;s name cannot hold &quot;/&quot;, which separates the levels of a path: %1</source>
        <translation>分组名称不能含“/”（它用于分隔路径的各级）：%1</translation>
    </message>
    <message>
        <source>A group&apos;s name is at most %1 characters: %2</source>
        <translation>分组名称最多 %1 个字：%2</translation>
    </message>
    <message>
        <source>a group that no longer exists</source>
        <translation>已不存在的分组</translation>
    </message>
    <message>
        <source>%1 runs %2 of the campaign; %3 is not in it.</source>
        <translation>%1 负责“%2”范围的工作；%3 不在其中。</translation>
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
    <name>cd::HeatMapModel</name>
    <message>
        <source>an overdue problem</source>
        <translation>有逾期问题</translation>
    </message>
    <message>
        <source>the latest report is missing</source>
        <translation>最近一期报告未报送</translation>
    </message>
    <message>
        <source>tasks behind schedule</source>
        <translation>任务进度滞后</translation>
    </message>
    <message>
        <source>the latest report came late</source>
        <translation>最近一期报告逾期报送</translation>
    </message>
    <message>
        <source>a problem is due within days</source>
        <translation>有问题即将到期</translation>
    </message>
    <message>
        <source>the next report is due within days</source>
        <translation>下一期报告即将截止</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Red / yellow</source>
        <translation>红 / 黄</translation>
    </message>
</context>
<context>
    <name>cd::HelpWindow</name>
    <message>
        <source>User guide</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>This copy of the program was built without its user guide.</source>
        <translation>本程序构建时未包含用户手册。</translation>
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
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) to make: %1</source>
        <translation>
            <numerusform>将新建 %n 个分组：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::InspectionDialog</name>
    <message>
        <source>New inspection</source>
        <translation>新增督查</translation>
    </message>
    <message>
        <source>Supervision of the campaign, %1</source>
        <translation>“三抓一促”活动督查（%1）</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>姓名，用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation>督查人员(&amp;I)</translation>
    </message>
    <message>
        <source>Type part of a unit&apos;s name</source>
        <translation>输入单位名称中的字查找</translation>
    </message>
    <message>
        <source>&amp;Add visit</source>
        <translation>添加被督查单位(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove visit</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>好</translation>
    </message>
    <message>
        <source>Fairly good</source>
        <translation>较好</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>What the inspectors found at this unit</source>
        <translation>督查组在该单位发现的情况</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>督查发现(&amp;F)</translation>
    </message>
    <message>
        <source>Units visited</source>
        <translation>被督查单位</translation>
    </message>
    <message>
        <source>Add at least one unit visited.</source>
        <translation>请至少添加一个被督查单位。</translation>
    </message>
    <message>
        <source>Ratin&amp;g</source>
        <translation>评价(&amp;G)</translation>
    </message>
</context>
<context>
    <name>cd::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>用户名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>%1 has accounts. Sign in to continue.</source>
        <translation>%1 已设置账户，请登录后继续。</translation>
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
        <source>CampaignDesk</source>
        <translation>活动督办台</translation>
    </message>
    <message>
        <source>%1 — CampaignDesk</source>
        <translation>%1 — 活动督办台</translation>
    </message>
    <message>
        <source>My unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation>%1 · 当前用户 %2</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>This file has no accounts; nobody signs in.</source>
        <translation>此文件未设置账户，无需登录。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password (at least 8 characters):</source>
        <translation>新密码（至少 8 个字符）：</translation>
    </message>
    <message>
        <source>The new password once more:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>账户管理(&amp;C)…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督查督办</translation>
    </message>
    <message>
        <source>Unit at a glance</source>
        <translation>单位详情</translation>
    </message>
    <message>
        <source>Campaign &amp;settings…</source>
        <translation>活动设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>年终考评</translation>
    </message>
    <message>
        <source>Bulletins</source>
        <translation>督查通报</translation>
    </message>
    <message>
        <source>&amp;Export a unit&apos;s task package…</source>
        <translation>导出单位任务包(&amp;E)…</translation>
    </message>
    <message>
        <source>Export task packages for &amp;all units…</source>
        <translation>为全部单位导出任务包(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import report packages…</source>
        <translation>导入报送包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Open a task package (unit)…</source>
        <translation>打开任务包（单位）(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Make the report package (unit)…</source>
        <translation>生成报送包（单位）(&amp;M)…</translation>
    </message>
    <message>
        <source>Task package</source>
        <translation>任务包</translation>
    </message>
    <message>
        <source>The campaign has no active units yet.</source>
        <translation>活动尚无在册单位。</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Task packages (*.cdtask)</source>
        <translation>任务包 (*.cdtask)</translation>
    </message>
    <message>
        <source>Written %1 for %2: the campaign, its tasks and responsibility list, %3 report versions with the office&apos;s review, %4 problem lines and the unit&apos;s key. Hand it to the unit by a safe route.</source>
        <translation>已为%2写出 %1：含活动、任务与责任清单、%3 个报告版本及办公室审核意见、%4 条问题台账和单位密钥。请通过安全途径交给该单位。</translation>
    </message>
    <message>
        <source>Folder for the task packages</source>
        <translation>任务包存放文件夹</translation>
    </message>
    <message>
        <source>Writing task packages…</source>
        <translation>正在写出任务包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Task packages</source>
        <translation>任务包</translation>
    </message>
    <message>
        <source>%1 task packages written to %2, one per active unit.</source>
        <translation>已向 %2 写出 %1 个任务包，每个在册单位一个。</translation>
    </message>
    <message>
        <source>Open a task package</source>
        <translation>打开任务包</translation>
    </message>
    <message>
        <source>Bring %1 up to date from this task package? The office&apos;s review outcomes and problem lines are taken in; your drafts and what you have not yet sent stay.</source>
        <translation>用此任务包更新 %1？将载入办公室的审核结果和问题台账；您的草稿和尚未交回的内容保持不变。</translation>
    </message>
    <message>
        <source>Where to keep the unit&apos;s own file</source>
        <translation>本单位文件的保存位置</translation>
    </message>
    <message>
        <source>Campaign files (*.cdb)</source>
        <translation>活动文件 (*.cdb)</translation>
    </message>
    <message>
        <source>Brought up to date from %1.</source>
        <translation>已根据 %1 更新。</translation>
    </message>
    <message>
        <source>Working as %1 in its own file.</source>
        <translation>正以%1身份在本单位文件中工作。</translation>
    </message>
    <message>
        <source>Make the report package</source>
        <translation>生成报送包</translation>
    </message>
    <message>
        <source>Report packages (*.cdreport)</source>
        <translation>报送包 (*.cdreport)</translation>
    </message>
    <message>
        <source>Written %1: your submitted reports waiting for review, your plans and your answers on problem lines, signed with the unit&apos;s key. Send it to the campaign office.</source>
        <translation>已写出 %1：含待审核的已报送报告、月度计划和问题整改答复，并以单位密钥签名。请交给活动办公室。</translation>
    </message>
    <message>
        <source>%1 · %2&apos;s own file, made from a task package: send your reports back with Packages ▸ Make the report package</source>
        <translation>%1 · %2的本单位文件（由任务包建立）：报告请通过“数据包 ▸ 生成报送包”交回</translation>
    </message>
    <message>
        <source>Protect this file</source>
        <translation>为本文件设置密码</translation>
    </message>
    <message>
        <source>This unit&apos;s own file opens without a login. Give it a password? From then on it asks for %1 and the password.</source>
        <translation>本单位文件打开时无需登录。要为它设置密码吗？设置后，打开时需输入 %1 和密码。</translation>
    </message>
    <message>
        <source>Password (at least 8 characters):</source>
        <translation>密码（至少 8 个字符）：</translation>
    </message>
    <message>
        <source>The password once more:</source>
        <translation>再输入一次密码：</translation>
    </message>
    <message>
        <source>The file now asks for %1 and this password when it opens.</source>
        <translation>今后打开本文件时需输入 %1 和此密码。</translation>
    </message>
    <message>
        <source>There is no unit named %1.</source>
        <translation>没有名为 %1 的单位。</translation>
    </message>
    <message>
        <source>%1 already has a key from an earlier task package. Issue a new key? The unit&apos;s packages signed with the old key are refused from then on — do this only if a task package went astray.</source>
        <translation>%1已有先前任务包中的密钥。要发放新密钥吗？此后该单位用旧密钥签名的数据包将被拒收——仅在任务包遗失或外泄时这样做。</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>修改我的密码(&amp;W)…</translation>
    </message>
    <message>
        <source>Pac&amp;kages</source>
        <translation>数据包(&amp;K)</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring (%1); you will be asked for it next time.</source>
        <translation>密码未能保存到系统密钥环（%1）；下次连接时将再次询问。</translation>
    </message>
    <message>
        <source>campaign-%1.cdb</source>
        <translation>活动-%1.cdb</translation>
    </message>
    <message>
        <source>CampaignDesk files (*.cdb)</source>
        <translation>活动督办台文件 (*.cdb)</translation>
    </message>
    <message>
        <source>Connect to ser&amp;ver…</source>
        <translation>连接服务器(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print settings…</source>
        <translation>打印设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Au&amp;dit record…</source>
        <translation>操作记录(&amp;D)…</translation>
    </message>
    <message>
        <source>File on a network share</source>
        <translation>文件位于网络共享</translation>
    </message>
    <message>
        <source>%1 lies on a network share (%2). A campaign file shared over the network can lose data when two people write it at once. To work together, put the campaign on a CampaignDesk server (File ▸ Connect to server); to work alone, copy the file to this computer.</source>
        <translation>%1 位于网络共享上（%2）。通过网络共享的活动文件在两人同时写入时可能丢失数据。多人协同请将活动放到 CampaignDesk 服务器上（文件 ▸ 连接服务器）；单人使用请将文件复制到本机。</translation>
    </message>
    <message>
        <source>Open elsewhere too</source>
        <translation>文件已在别处打开</translation>
    </message>
    <message>
        <source>Read-only file</source>
        <translation>只读文件</translation>
    </message>
    <message>
        <source>You may not write to %1 or to its folder, so it is open for reading only: nothing you change can be saved.

To work in it, copy it to a folder of your own, or ask for write access.</source>
        <translation>您没有 %1 或其所在文件夹的写入权限，因此文件以只读方式打开：所做的修改都无法保存。

如需在其中工作，请将它复制到您自己的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <source>%1 [read-only] — CampaignDesk</source>
        <translation>%1 [只读] — 活动督办台</translation>
    </message>
    <message>
        <source>%1 is also open in CampaignDesk by %2 on %3 (since %4). You can both work in it. A unit, a task, the settings or a bulletin draft that the other person changed after you opened it is not written over: you are told, keep what you typed and can reload.</source>
        <translation>%1 也已被 %2 在 %3 上用 CampaignDesk 打开（自 %4 起）。你们可以同时工作。对方在您打开之后修改过的单位、任务、活动设置或通报草稿不会被覆盖：程序会提示您，保留您输入的内容，您可以重新载入。</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户手册(&amp;U)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CampaignDesk %1&lt;/h3&gt;&lt;p&gt;Runs the city&apos;s 三抓一促 campaign: units, tasks, responsibility lists, reports, supervision and the year-end assessment.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), SQLite %3 (public domain), libpq (PostgreSQL licence), QPDF (Apache-2.0), QuaZip (LGPL-2.1), libxlsxwriter (BSD-2-Clause), libsodium (ISC), spdlog and fmt (MIT), QtKeychain (BSD-3-Clause); each is used as the system provides it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;三抓一促活动管理系统 %1&lt;/h3&gt;&lt;p&gt;管理全市“三抓一促”活动：单位、任务、责任清单、月度报送、督查督办和年终考评。&lt;/p&gt;&lt;p&gt;使用的程序库：Qt %2（LGPL-3.0）、SQLite %3（公有领域）、libpq（PostgreSQL 许可证）、QPDF（Apache-2.0）、QuaZip（LGPL-2.1）、libxlsxwriter（BSD-2-Clause）、libsodium（ISC）、spdlog 和 fmt（MIT）、QtKeychain（BSD-3-Clause），均使用系统提供的版本。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import report packages</source>
        <translation>导入报送包</translation>
    </message>
    <message>
        <source>Open the campaign first (File ▸ Open), then import %1 with Packages ▸ Import report packages.</source>
        <translation>请先打开活动文件（文件 ▸ 打开），再用“数据包 ▸ 导入报送包”导入 %1。</translation>
    </message>
    <message>
        <source>The connection to the server was lost; reconnecting… What you type is kept.</source>
        <translation>与服务器的连接已断开，正在重新连接…已输入的内容会保留。</translation>
    </message>
    <message>
        <source>New password for %1 (at least 8 characters):</source>
        <translation>%1 的新密码（至少 8 个字符）：</translation>
    </message>
    <message>
        <source>Your password on the server is changed; use it the next time you connect.</source>
        <translation>您在服务器上的密码已修改，下次连接时请使用新密码。</translation>
    </message>
    <message>
        <source>Secretaries&apos; ratings</source>
        <translation>述职测评</translation>
    </message>
    <message numerus="yes">
        <source>Reading a standby, %n second(s) behind the primary</source>
        <translation>
            <numerusform>正在查阅备库，比主库晚 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · signed in as %2 · runs %3 of the campaign</source>
        <translation>%1 · 当前用户 %2 · 负责范围 %3</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>cd::NativeQuery</name>
    <message>
        <source>Could not read the campaign: %1</source>
        <translation>无法读取活动数据：%1</translation>
    </message>
</context>
<context>
    <name>cd::Package</name>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>a value of the wrong kind</source>
        <translation>类型不符的值</translation>
    </message>
    <message>
        <source>%1: the field “%2” holds %3.</source>
        <translation>%1：字段“%2”为%3。</translation>
    </message>
    <message>
        <source>The package&apos;s data is malformed — %1</source>
        <translation>数据包内容格式错误——%1</translation>
    </message>
    <message>
        <source>a number that is not whole</source>
        <translation>非整数</translation>
    </message>
    <message>
        <source>no valid date</source>
        <translation>无效日期</translation>
    </message>
    <message>
        <source>no valid time</source>
        <translation>无效时间</translation>
    </message>
    <message>
        <source>something that is not a list of objects</source>
        <translation>非对象列表的内容</translation>
    </message>
    <message>
        <source>The package lacks its part “%1”.</source>
        <translation>数据包缺少部件“%1”。</translation>
    </message>
    <message>
        <source>The package&apos;s part “%1” is not valid JSON: %2 (at byte %3).</source>
        <translation>数据包部件“%1”不是有效的 JSON：%2（第 %3 字节）。</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation>未知取值</translation>
    </message>
    <message>
        <source>The file is not a CampaignDesk package (its manifest names no known format).</source>
        <translation>该文件不是本系统的数据包（清单未标明可识别的格式）。</translation>
    </message>
    <message>
        <source>The package was made by a newer CampaignDesk (format %1); this program reads format %2. Update it first.</source>
        <translation>该数据包由更新版本的本系统生成（格式 %1），本程序只能读取格式 %2。请先升级。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest has no valid format version.</source>
        <translation>数据包清单没有有效的格式版本。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest lacks its office, campaign, unit, time or key.</source>
        <translation>数据包清单缺少办公室、活动、单位、时间或密钥信息。</translation>
    </message>
    <message>
        <source>The file is not a CampaignDesk package (it is not a zip archive).</source>
        <translation>该文件不是本系统的数据包（不是 zip 压缩包）。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid JSON: %1.</source>
        <translation>数据包清单不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>The package&apos;s zip directory is damaged.</source>
        <translation>数据包的 zip 目录已损坏。</translation>
    </message>
    <message>
        <source>The package holds %1 parts; at most %2 are read.</source>
        <translation>数据包含 %1 个部件，最多读取 %2 个。</translation>
    </message>
    <message>
        <source>The package contains the name “%1”, which points outside the package (../ or an absolute path). Nothing was read.</source>
        <translation>数据包含有指向包外的名称“%1”（../ 或绝对路径），未读取任何内容。</translation>
    </message>
    <message>
        <source>The package contains a part CampaignDesk does not make: “%1”.</source>
        <translation>数据包含有本系统不会生成的部件：“%1”。</translation>
    </message>
    <message>
        <source>The package contains the part “%1” twice.</source>
        <translation>数据包中部件“%1”出现了两次。</translation>
    </message>
    <message>
        <source>An evidence file in the package is %1 MB; the limit is %2 MB.</source>
        <translation>数据包中有一个佐证材料为 %1 MB，上限为 %2 MB。</translation>
    </message>
    <message>
        <source>The part “%1” is %2 MB; a package&apos;s data part may be at most %3 MB.</source>
        <translation>部件“%1”为 %2 MB，数据部件最大 %3 MB。</translation>
    </message>
    <message>
        <source>The part “%1” expands %2 times (a zip bomb?); the package was not read.</source>
        <translation>部件“%1”解压后膨胀 %2 倍（疑为压缩炸弹），未读取该数据包。</translation>
    </message>
    <message>
        <source>The package expands to more than %1 MB; it was not read.</source>
        <translation>数据包解压后超过 %1 MB，未读取。</translation>
    </message>
    <message>
        <source>The file is not a CampaignDesk package (it has no signed manifest).</source>
        <translation>该文件不是本系统的数据包（没有签名清单）。</translation>
    </message>
    <message>
        <source>The package&apos;s part “%1” cannot be found.</source>
        <translation>找不到数据包部件“%1”。</translation>
    </message>
    <message>
        <source>The package&apos;s part “%1” is damaged.</source>
        <translation>数据包部件“%1”已损坏。</translation>
    </message>
    <message>
        <source>The package&apos;s part “%1” is damaged or truncated.</source>
        <translation>数据包部件“%1”已损坏或不完整。</translation>
    </message>
    <message>
        <source>The package&apos;s part “%1” is not the size it claims.</source>
        <translation>数据包部件“%1”的实际大小与声明不符。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest lists “%1” where it should not.</source>
        <translation>数据包清单不应列出“%1”。</translation>
    </message>
    <message>
        <source>The package lacks the part “%1” its manifest lists.</source>
        <translation>数据包缺少清单所列的部件“%1”。</translation>
    </message>
    <message>
        <source>The part “%1” does not match the manifest: the package was changed after it was made.</source>
        <translation>部件“%1”与清单不符：数据包在生成后被改动过。</translation>
    </message>
    <message>
        <source>The evidence file “%1” is not filed under its own hash.</source>
        <translation>佐证材料“%1”未按其哈希值存放。</translation>
    </message>
    <message>
        <source>The package holds the part “%1”, which its manifest does not list.</source>
        <translation>数据包含有清单未列出的部件“%1”。</translation>
    </message>
    <message>
        <source>The package is %1 MB; at most %2 MB is read.</source>
        <translation>数据包为 %1 MB，最多读取 %2 MB。</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>密码库无法启动。</translation>
    </message>
    <message>
        <source>The package is signed with a key that is not the current key of %1 (a package for another unit or from an earlier export, or a forged one).</source>
        <translation>数据包所用签名密钥不是%1的现用密钥（可能是其他单位或早先导出的包，或为伪造）。</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match its manifest: it was altered or forged.</source>
        <translation>数据包签名与清单不符：已被篡改或系伪造。</translation>
    </message>
    <message>
        <source>The unit has no valid package key.</source>
        <translation>该单位没有有效的数据包密钥。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?).</source>
        <translation>无法写入 %1（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>an impossible version</source>
        <translation>不可能的版本号</translation>
    </message>
    <message>
        <source>a draft, which is never sent</source>
        <translation>草稿（草稿不会交回）</translation>
    </message>
    <message>
        <source>a negative or impossible number</source>
        <translation>负数或不可能的数值</translation>
    </message>
    <message>
        <source>a task named twice</source>
        <translation>重复出现的任务</translation>
    </message>
    <message>
        <source>a name with a path in it</source>
        <translation>带路径的文件名</translation>
    </message>
    <message>
        <source>The report for %1 names the evidence file “%2”, which the package does not hold.</source>
        <translation>%1 的报告列有佐证材料“%2”，但数据包中没有该文件。</translation>
    </message>
    <message>
        <source>This is a task package from the office, not a unit&apos;s report package.</source>
        <translation>这是办公室下发的任务包，不是单位交回的报送包。</translation>
    </message>
    <message>
        <source>an impossible id</source>
        <translation>不可能的编号</translation>
    </message>
    <message>
        <source>This is a unit&apos;s report package; open a task package from the office.</source>
        <translation>这是单位的报送包；请打开办公室下发的任务包。</translation>
    </message>
    <message>
        <source>a year the manifest does not name</source>
        <translation>与清单不符的年度</translation>
    </message>
    <message>
        <source>a unit the manifest does not name</source>
        <translation>与清单不符的单位</translation>
    </message>
    <message>
        <source>package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>unit.json: a group&apos;s name is not one a campaign keeps.</source>
        <translation>unit.json：分组名称不合要求。</translation>
    </message>
    <message>
        <source>unit.json: more levels of groups than a campaign keeps.</source>
        <translation>unit.json：分组层级过多。</translation>
    </message>
</context>
<context>
    <name>cd::PackageImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import report packages</source>
        <translation>导入报送包</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>New reports</source>
        <translation>新报告</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>已有</translation>
    </message>
    <message>
        <source>Kept as reviewed</source>
        <translation>保留已审</translation>
    </message>
    <message>
        <source>New plans</source>
        <translation>新计划</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>整改答复</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Filter by file, unit or result</source>
        <translation>按文件、单位或结果筛选</translation>
    </message>
    <message>
        <source>The selected package&apos;s notes and the full reason of a refusal.</source>
        <translation>所选数据包的说明及拒收的完整原因。</translation>
    </message>
    <message>
        <source>Choose the report packages (.cdreport) units sent back. Each is checked first — signature, unit, campaign, sequence and contents — and nothing changes until you import. What the office has already reviewed stays.</source>
        <translation>选择各单位交回的报送包（.cdreport）。每个包先经检查——签名、单位、活动、序号和内容——在您点击导入前不作任何改动。办公室已审核的内容保持不变。</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>Report packages</source>
        <translation>报送包</translation>
    </message>
    <message>
        <source>Report packages (*.cdreport)</source>
        <translation>报送包 (*.cdreport)</translation>
    </message>
    <message>
        <source>Folder of report packages</source>
        <translation>报送包所在文件夹</translation>
    </message>
    <message>
        <source>No report packages (.cdreport) were found there.</source>
        <translation>该处没有找到报送包（.cdreport）。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n package(s)…</source>
        <translation>
            <numerusform>正在检查 %n 个数据包…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可导入</translation>
    </message>
    <message numerus="yes">
        <source>Ready — %n note(s)</source>
        <translation>
            <numerusform>可导入——%n 条说明</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒收：%1</translation>
    </message>
    <message>
        <source>No packages chosen yet.</source>
        <translation>尚未选择数据包。</translation>
    </message>
    <message>
        <source>%1 packages: %2 can be imported (%3 new reports), %4 refused.</source>
        <translation>共 %1 个数据包：%2 个可导入（新报告 %3 份），%4 个拒收。</translation>
    </message>
    <message>
        <source>Nothing to note.</source>
        <translation>无需说明。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was taken in.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1 packages: %2 reports, %3 plans and %4 answers on problem lines. They wait in the review queue.</source>
        <translation>已导入 %1 个数据包：报告 %2 份、计划 %3 份、问题整改答复 %4 条，已进入审核队列。</translation>
    </message>
</context>
<context>
    <name>cd::PackageService</name>
    <message>
        <source>This is a unit&apos;s own file; task packages are exported from the office&apos;s file.</source>
        <translation>这是单位自己的文件；任务包须从办公室的文件导出。</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>尚未建立活动。</translation>
    </message>
    <message>
        <source>The unit does not exist.</source>
        <translation>该单位不存在。</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n package(s); those written are complete.</source>
        <translation>
            <numerusform>已在写出 %n 个数据包后停止；已写出的均完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a task package from the office, not a unit&apos;s report package.</source>
        <translation>这是办公室下发的任务包，不是单位交回的报送包。</translation>
    </message>
    <message>
        <source>This file has exported no task packages, so it takes in no report packages.</source>
        <translation>本文件从未导出任务包，因此不能导入报送包。</translation>
    </message>
    <message>
        <source>The package belongs to another campaign or another office&apos;s file (campaign %1); this file runs the campaign %2.</source>
        <translation>该数据包属于其他活动或其他办公室的文件（%1 年度活动）；本文件为 %2 年度活动。</translation>
    </message>
    <message>
        <source>The package is for a unit this file does not have (%1).</source>
        <translation>该数据包所属单位（%1）不在本文件中。</translation>
    </message>
    <message>
        <source>No task package was ever exported to %1 from this file, so it has no key to check with.</source>
        <translation>本文件从未向%1导出任务包，没有可用于核验的密钥。</translation>
    </message>
    <message>
        <source>%1&apos;s package no. %2 is not newer than no. %3, already imported: it is an old or repeated package.</source>
        <translation>%1的第 %2 号数据包不晚于已导入的第 %3 号：这是旧包或重复包。</translation>
    </message>
    <message>
        <source>The package reports on a period the campaign does not have: %1.</source>
        <translation>数据包报告的期间不属于本活动：%1。</translation>
    </message>
    <message>
        <source>The report for %1 names the task “%2”, which is not due from this unit then.</source>
        <translation>%1 的报告列有任务“%2”，该单位在此期间无此任务。</translation>
    </message>
    <message>
        <source>%1: the office has accepted this period&apos;s report; the version sent on %2 was not added.</source>
        <translation>%1：办公室已通过该期报告，%2 报送的版本未予添加。</translation>
    </message>
    <message>
        <source>The package holds a plan for a month the campaign does not have: %1.</source>
        <translation>数据包中的计划月份不属于本活动：%1。</translation>
    </message>
    <message>
        <source>The plan for %1 names a task the campaign does not have: %2.</source>
        <translation>%1 的计划列有本活动没有的任务：%2。</translation>
    </message>
    <message>
        <source>The package answers problem line %1, which is not this unit&apos;s.</source>
        <translation>数据包答复的第 %1 号问题不属于该单位。</translation>
    </message>
    <message>
        <source>The package records a step on line %1 that only the office may take.</source>
        <translation>数据包对第 %1 号问题记录了只有办公室才能进行的操作。</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has moved on at the office; %n step(s) the unit took on it were not recorded.</source>
        <translation>
            <numerusform>第 %1 号问题在办公室已有新进展；单位对其所做的 %n 项操作未予记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: cancelled.</source>
        <translation>未检查：已取消。</translation>
    </message>
    <message>
        <source>%1&apos;s package no. %2 appears twice among these files.</source>
        <translation>%1的第 %2 号数据包在所选文件中出现了两次。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was taken in.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>%1&apos;s package no. %2 was imported meanwhile; check the packages again.</source>
        <translation>%1的第 %2 号数据包已在此期间导入；请重新检查数据包。</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s own file; choose a new file to open the task package in.</source>
        <translation>%1 不是%2自己的文件；请选择一个新文件来打开任务包。</translation>
    </message>
    <message>
        <source>The task package is for the campaign %1; this file keeps the campaign %2.</source>
        <translation>该任务包属于 %1 年度活动；本文件为 %2 年度活动。</translation>
    </message>
    <message>
        <source>This is not a unit&apos;s own file: report packages are made from a file opened from a task package.</source>
        <translation>这不是单位自己的文件：报送包须在由任务包建立的文件中生成。</translation>
    </message>
    <message>
        <source>The file lacks the campaign, the unit or its key; open the task package again.</source>
        <translation>文件缺少活动、单位或密钥；请重新打开任务包。</translation>
    </message>
    <message>
        <source>The package reports on %1, which had not begun when the package was made.</source>
        <translation>数据包报告了 %1，但生成该包时该期间尚未开始。</translation>
    </message>
    <message>
        <source>A task package opens into the unit&apos;s own campaign file, not into a server; choose a file.</source>
        <translation>任务包只能打开到本单位自己的活动文件中，不能打开到服务器；请选择一个文件。</translation>
    </message>
</context>
<context>
    <name>cd::PdfRenderer</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
</context>
<context>
    <name>cd::PeriodCombo</name>
    <message>
        <source>All periods</source>
        <translation>全部期次</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（截止 %2）</translation>
    </message>
</context>
<context>
    <name>cd::PrintFonts</name>
    <message>
        <source>Title (方正小标宋简体)</source>
        <translation>标题（方正小标宋简体）</translation>
    </message>
    <message>
        <source>Body text (仿宋_GB2312)</source>
        <translation>正文（仿宋_GB2312）</translation>
    </message>
    <message>
        <source>First-level headings, 一、 (黑体)</source>
        <translation>一级标题“一、”（黑体）</translation>
    </message>
    <message>
        <source>Second-level headings, （一） (楷体_GB2312)</source>
        <translation>二级标题“（一）”（楷体_GB2312）</translation>
    </message>
</context>
<context>
    <name>cd::PrintSettingsDialog</name>
    <message>
        <source>Print settings</source>
        <translation>打印设置</translation>
    </message>
    <message>
        <source>Printed documents use the official fonts where this computer has them (as WPS installs them), otherwise fonts of the same kind. Choose another installed font for a role here; it applies to documents printed on this computer, from the program and from the command line.</source>
        <translation>打印公文时，本机装有公文字体（WPS 安装的字体）就用公文字体，否则用同类字体代替。可在此为各部分另选本机已安装的字体；所选字体用于本机打印的所有公文，程序和命令行均同。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Printed in: %1 — 三抓一促活动督查通报</source>
        <translation>实际使用：%1 — 三抓一促活动督查通报</translation>
    </message>
</context>
<context>
    <name>cd::ProblemDialog</name>
    <message>
        <source>Finding → problem line</source>
        <translation>督查发现转为问题</translation>
    </message>
    <message>
        <source>New problem line</source>
        <translation>新增问题</translation>
    </message>
    <message>
        <source>Leave empty to use the finding</source>
        <translation>留空则使用督查发现的问题</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>整改措施(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>责任人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>整改时限(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>严重程度(&amp;S)</translation>
    </message>
    <message>
        <source>P&amp;illar</source>
        <translation>方面(&amp;I)</translation>
    </message>
</context>
<context>
    <name>cd::ProblemTableModel</name>
    <message>
        <source>%1
Measure: %2</source>
        <translation>%1
整改措施：%2</translation>
    </message>
    <message>
        <source>Overdue %1 days</source>
        <translation>逾期 %1 天</translation>
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
        <source>Pillar</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>cd::RegisterDocuments</name>
    <message>
        <source>There is no campaign yet.</source>
        <translation>还没有活动。</translation>
    </message>
    <message>
        <source>No monthly report is due yet.</source>
        <translation>还没有到期的月度进度。</translation>
    </message>
</context>
<context>
    <name>cd::ReminderModel</name>
    <message>
        <source>Missing</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation>自查报告</translation>
    </message>
    <message>
        <source>Monthly plan</source>
        <translation>月度安排</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>cd::RemindersPage</name>
    <message>
        <source>One notice per unit</source>
        <translation>每个单位单独一份通知</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Reports due %1: %2 missing, %3 late.</source>
        <translation>报送截止 %1：未报送 %2 个，逾期 %3 个。</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Every unit has reported on time for %1.</source>
        <translation>%1 各单位均已按时报送。</translation>
    </message>
    <message>
        <source>Reminder notice</source>
        <translation>催办通知</translation>
    </message>
    <message>
        <source>Save the reminder notice</source>
        <translation>保存催办通知</translation>
    </message>
    <message>
        <source>reminder-%1.pdf</source>
        <translation>催办通知-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Monthly progress &amp;table…</source>
        <translation>月度进度表(&amp;T)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>cd::ReportDialog</name>
    <message>
        <source>Report of %1</source>
        <translation>%1 的自查报告</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2 · %3 · submitted %4 by %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 第 %2 版 · %3 · %4 由 %5 报送</translation>
    </message>
    <message>
        <source>Office&apos;s comment: %1</source>
        <translation>办公室意见：%1</translation>
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
        <source>Progress</source>
        <translation>本期进展</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下步打算</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>分项进展</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>佐证材料（%1）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>与第 %1 版相比的变化</translation>
    </message>
    <message>
        <source>No earlier version</source>
        <translation>无更早版本</translation>
    </message>
    <message>
        <source>Compared with the previous period</source>
        <translation>与上一期相比</translation>
    </message>
    <message>
        <source>No previous period</source>
        <translation>无上一期报告</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>通过(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <source>Return the report</source>
        <translation>退回报告</translation>
    </message>
    <message>
        <source>Why is the report returned?</source>
        <translation>退回原因：</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>上一版本</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>本版本</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
</context>
<context>
    <name>cd::ReportQueueModel</name>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <source>On time?</source>
        <translation>是否按时</translation>
    </message>
</context>
<context>
    <name>cd::ReportService</name>
    <message>
        <source>The report does not exist.</source>
        <translation>该报告不存在。</translation>
    </message>
    <message>
        <source>A plan is made for a month, written like 2020-03.</source>
        <translation>月度安排按月报送，期次写作 2020-03。</translation>
    </message>
    <message>
        <source>The unit does not exist.</source>
        <translation>该单位不存在。</translation>
    </message>
    <message>
        <source>A plan can be made for this month or the next, not for %1.</source>
        <translation>只能报送本月或下月的安排，不能报送 %1 的安排。</translation>
    </message>
    <message>
        <source>A task in the plan does not belong to this unit.</source>
        <translation>安排中有不属于本单位的任务。</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>尚未创建活动。</translation>
    </message>
    <message>
        <source>There is no period %1 in the campaign %2 (write 2020-03, 2020Q1 or 2020).</source>
        <translation>%2年活动中没有期次 %1（写作 2020-03、2020Q1 或 2020）。</translation>
    </message>
    <message>
        <source>The period %1 has not begun; there is nothing to report yet.</source>
        <translation>期次 %1 尚未开始，暂无可报送内容。</translation>
    </message>
    <message>
        <source>The report for %1 has been accepted and cannot be changed.</source>
        <translation>%1 的报告已审核通过，不能再修改。</translation>
    </message>
    <message>
        <source>The report for %1 is waiting for the office&apos;s review.</source>
        <translation>%1 的报告正在等待办公室审核。</translation>
    </message>
    <message>
        <source>A task in the report is not due in %1 for this unit.</source>
        <translation>报告中有本单位 %1 不需报送的任务。</translation>
    </message>
    <message>
        <source>A task appears twice in the report.</source>
        <translation>报告中有任务重复出现。</translation>
    </message>
    <message>
        <source>Progress cannot be negative.</source>
        <translation>进展不能为负数。</translation>
    </message>
    <message>
        <source>An evidence file has no name.</source>
        <translation>佐证材料缺少文件名。</translation>
    </message>
    <message>
        <source>The evidence file %1 is %2 MB; the limit is %3 MB.</source>
        <translation>佐证材料 %1 为 %2 MB，超过 %3 MB 的上限。</translation>
    </message>
    <message>
        <source>There is no draft for %1 to submit.</source>
        <translation>%1 没有可提交的草稿。</translation>
    </message>
    <message>
        <source>Say why the report is returned.</source>
        <translation>请说明退回原因。</translation>
    </message>
    <message>
        <source>The file is not attached to this report.</source>
        <translation>该文件不是此报告的佐证材料。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下步打算</translation>
    </message>
    <message>
        <source>The report for %1 is empty: it reports on no task and has no summary.</source>
        <translation>%1 的报告为空：既没有填报任何任务，也没有工作小结。</translation>
    </message>
    <message>
        <source>The evidence file %1 is empty; an empty file proves nothing. Choose the file that holds the evidence.</source>
        <translation>佐证材料 %1 文件为空，空文件不能作为佐证。请选择有内容的佐证文件。</translation>
    </message>
    <message>
        <source>The evidence file %1 is already attached (as %2).</source>
        <translation>佐证材料 %1 已经添加过（即 %2）。</translation>
    </message>
    <message>
        <source>The report of %1 for %2 is not waiting for review.</source>
        <translation>%1 的 %2 报告不在待审核状态。</translation>
    </message>
    <message>
        <source>The report of %1 for %2 was already reviewed by %3 at %4: it is %5.</source>
        <translation>%1 %2 的报告已由 %3 于 %4 审核，现为“%5”。</translation>
    </message>
    <message>
        <source>The draft report for %1</source>
        <translation>%1 的报告草稿</translation>
    </message>
    <message>
        <source>The request key %1 was already used for another submission (another unit&apos;s, or another period&apos;s). Each submission takes a key of its own; nothing was saved.</source>
        <translation>请求标识 %1 已用于另一次报送（其他单位或其他期次的报送）。每次报送须使用各自的请求标识；未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>cd::Reporting</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
</context>
<context>
    <name>cd::ReportsTab</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>未撰写</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>述职报告</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Send for re&amp;view</source>
        <translation>报送审核(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>退回(&amp;T)…</translation>
    </message>
    <message>
        <source>What you did on party building this year, how last year&apos;s problems were rectified, and this year&apos;s commitments.</source>
        <translation>本年度抓党建工作情况、上年度查摆问题整改情况和下一年度工作承诺。</translation>
    </message>
    <message>
        <source>The unit&apos;s problem lines of the year (查摆问题整改情况)</source>
        <translation>本单位本年度问题台账（查摆问题整改情况）</translation>
    </message>
    <message>
        <source> — the office: %1</source>
        <translation> — 办公室意见：%1</translation>
    </message>
    <message>
        <source> (version %1, saved by %2)</source>
        <translation>（第 %1 版，%2 保存）</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>请选择述职人。</translation>
    </message>
    <message>
        <source>述职报告</source>
        <translation>述职报告</translation>
    </message>
    <message>
        <source>Return the report</source>
        <translation>退回述职报告</translation>
    </message>
    <message>
        <source>What is to be improved:</source>
        <translation>需要修改完善的内容：</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>通过(&amp;C)</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>添加佐证材料…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Evidence (drop files here)</source>
        <translation>佐证材料（可将文件拖到此处）</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
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
        <source>&lt;b&gt;%1&lt;/b&gt; · &lt;span style=&apos;color:#b3261e&apos;&gt;%2 tasks without a named person&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · &lt;span style=&apos;color:#b3261e&apos;&gt;%2 项任务尚未落实到人&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove %1 from this task&apos;s responsibility list?</source>
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
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
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
        <source>Task %1 is another unit&apos;s own task.</source>
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
        <source>The target &apos;%1&apos; is not a number.</source>
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
    <message>
        <source>The responsibility of %1</source>
        <translation>%1 的责任条目</translation>
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
    <name>cd::ReviewPage</name>
    <message>
        <source>Late only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Filter by unit</source>
        <translation>按单位筛选</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation>通过所选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>共 %1 份报告</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>审核通过</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n report(s)?</source>
        <translation>
            <numerusform>审核通过 %n 份报告？</numerusform>
        </translation>
    </message>
    <message>
        <source>Return the report</source>
        <translation>退回报告</translation>
    </message>
    <message>
        <source>Why is the report of %1 returned?</source>
        <translation>%1 的报告退回原因：</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Accept %n selected</source>
        <translation>
            <numerusform>通过所选 %n 份(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>历史记录(&amp;S)…</translation>
    </message>
    <message>
        <source>%1&apos;s report for %2</source>
        <translation>%1 %2 的报告</translation>
    </message>
</context>
<context>
    <name>cd::ReviewRules</name>
    <message>
        <source>Grade points run from 0 to 100.</source>
        <translation>等次计分须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>A better grade gives at least the points of a worse one.</source>
        <translation>较高等次的计分不能低于较低等次。</translation>
    </message>
    <message>
        <source>The grading thresholds descend from 好 to 一般, within 0 and 100.</source>
        <translation>等次分数线须从“好”到“一般”依次降低，并在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The share of 差 marks that makes the grade 差 is above 0 and at most 1.</source>
        <translation>判定为“差”的“差”票比例须大于 0 且不超过 1。</translation>
    </message>
</context>
<context>
    <name>cd::ReviewService</name>
    <message>
        <source>There is no 述职测评 session %1.</source>
        <translation>没有编号为 %1 的述职评议会。</translation>
    </message>
    <message>
        <source>There is no campaign for %1.</source>
        <translation>没有 %1 年度的活动。</translation>
    </message>
    <message>
        <source>A session has a title.</source>
        <translation>评议会须有名称。</translation>
    </message>
    <message>
        <source>A session has a date.</source>
        <translation>评议会须有日期。</translation>
    </message>
    <message>
        <source>The results of “%1” are published; correct a ballot with an amendment.</source>
        <translation>“%1”的结果已公布，如需更正请使用“更正测评表”。</translation>
    </message>
    <message>
        <source>Ballots of “%1” are already entered: the people and the ballots issued can no longer change.</source>
        <translation>“%1”已开始录入测评表，述职人和发放份数不能再改。</translation>
    </message>
    <message>
        <source>A person who reports has a name.</source>
        <translation>述职人须有姓名。</translation>
    </message>
    <message>
        <source>The unit does not exist.</source>
        <translation>单位不存在。</translation>
    </message>
    <message>
        <source>%1 of %2 already reports at this session.</source>
        <translation>%2的%1已在本次评议会述职名单中。</translation>
    </message>
    <message>
        <source>That person does not report at this session.</source>
        <translation>此人不在本次评议会述职名单中。</translation>
    </message>
    <message>
        <source>The session already has a group named %1.</source>
        <translation>本次评议会已有名为“%1”的测评组。</translation>
    </message>
    <message>
        <source>That voter group is not in this session.</source>
        <translation>本次评议会没有这个测评组。</translation>
    </message>
    <message>
        <source>Ballot %1 has %2 grades; the session has %3 people who report.</source>
        <translation>第 %1 号测评表有 %2 个等次，而本次评议会有 %3 名述职人。</translation>
    </message>
    <message>
        <source>Ballot %1, person %2: “%3” is no grade (1–4 or 好, 较好, 一般, 差; empty for none).</source>
        <translation>第 %1 号测评表第 %2 人：“%3”不是等次（应为 1–4 或 好、较好、一般、差；未选留空）。</translation>
    </message>
    <message>
        <source>The clerk is 1 or 2.</source>
        <translation>录入员只能是 1 或 2。</translation>
    </message>
    <message>
        <source>“%1” is counted by one clerk.</source>
        <translation>“%1”由一名录入员录入。</translation>
    </message>
    <message>
        <source>“%1” is counted by hand per group; its ballots are not entered one by one.</source>
        <translation>“%1”按测评组手工汇总计票，不逐张录入测评表。</translation>
    </message>
    <message>
        <source>Nobody reports at “%1” yet.</source>
        <translation>“%1”尚无述职人。</translation>
    </message>
    <message>
        <source>No ballot numbered %1 was issued: the serials run from 1 to %2.</source>
        <translation>未发放第 %1 号测评表：编号为 1 至 %2。</translation>
    </message>
    <message>
        <source>No ballot numbered %1 was issued: no ballots are issued yet.</source>
        <translation>未发放第 %1 号测评表：尚未发放测评表。</translation>
    </message>
    <message>
        <source>Ballot %1 is entered twice.</source>
        <translation>第 %1 号测评表重复录入。</translation>
    </message>
    <message>
        <source>Ballot %1 was already entered by clerk %2; correct it with --replace.</source>
        <translation>第 %1 号测评表已由录入员 %2 录入过；如需更正请加 --replace。</translation>
    </message>
    <message>
        <source>The ballots of “%1” are entered one by one; no totals are entered beside them.</source>
        <translation>“%1”的测评表已逐张录入，不能再录入分组汇总数。</translation>
    </message>
    <message>
        <source>A count is not negative.</source>
        <translation>票数不能为负数。</translation>
    </message>
    <message>
        <source>%1 ballots counted for %2 from %3, which was issued %4.</source>
        <translation>%3为%2计票 %1 张，超过该组发放的 %4 张。</translation>
    </message>
    <message>
        <source>The two clerks&apos; entries differ on ballots %1: the results cannot be published until they agree.</source>
        <translation>两名录入员录入的第 %1 号测评表不一致，核对一致前不能公布结果。</translation>
    </message>
    <message>
        <source>Nothing is counted yet.</source>
        <translation>尚未计票。</translation>
    </message>
    <message>
        <source>The groups&apos; weights add up to %1 %, not 100 %.</source>
        <translation>各测评组权重合计 %1%，不是 100%。</translation>
    </message>
    <message>
        <source>“%1” is not published: correct the ballot by entering it again.</source>
        <translation>“%1”尚未公布：请重新录入该测评表进行更正。</translation>
    </message>
    <message>
        <source>An amendment gives its reason.</source>
        <translation>更正须写明理由。</translation>
    </message>
    <message>
        <source>Ballot %1 was never entered.</source>
        <translation>第 %1 号测评表从未录入。</translation>
    </message>
    <message>
        <source>A voter group has a name.</source>
        <translation>测评组须有名称。</translation>
    </message>
    <message>
        <source>A group&apos;s weight is a percentage above 0 and at most 100.</source>
        <translation>测评组权重须为大于 0、不超过 100 的百分数。</translation>
    </message>
    <message>
        <source>A group is issued from 0 to 100,000 ballots.</source>
        <translation>每组发放的测评表为 0 至 100000 张。</translation>
    </message>
    <message>
        <source>The rectification deadline is a date from today on.</source>
        <translation>整改时限须不早于今天。</translation>
    </message>
    <message>
        <source>Choose at least one comment.</source>
        <translation>请至少选择一条意见。</translation>
    </message>
    <message>
        <source>That person does not report at any session.</source>
        <translation>此人不在任何评议会的述职名单中。</translation>
    </message>
    <message>
        <source>The results of “%1” are published: its reports are closed.</source>
        <translation>“%1”的结果已公布，述职报告不再接收。</translation>
    </message>
    <message>
        <source>A report sent for review has its text.</source>
        <translation>报送审核的述职报告须有内容。</translation>
    </message>
    <message>
        <source>%1&apos;s report is waiting for the office&apos;s review.</source>
        <translation>%1的述职报告正等待办公室审核。</translation>
    </message>
    <message>
        <source>%1&apos;s report was accepted.</source>
        <translation>%1的述职报告已审核通过。</translation>
    </message>
    <message>
        <source>There is no report waiting for review.</source>
        <translation>没有待审核的述职报告。</translation>
    </message>
    <message>
        <source>A report is returned with the reason.</source>
        <translation>退回述职报告须写明理由。</translation>
    </message>
    <message>
        <source>An evidence file has no name.</source>
        <translation>佐证材料缺少文件名。</translation>
    </message>
    <message>
        <source>The evidence file %1 is empty; an empty file proves nothing.</source>
        <translation>佐证材料 %1 是空文件，不能作为佐证。</translation>
    </message>
    <message>
        <source>The evidence file %1 is %2 MB; the limit is %3 MB.</source>
        <translation>佐证材料 %1 为 %2 MB，超过 %3 MB 的上限。</translation>
    </message>
    <message>
        <source>The evidence file %1 is already attached (as %2).</source>
        <translation>佐证材料 %1 已经添加过（即 %2）。</translation>
    </message>
    <message>
        <source>The file is not attached to this report.</source>
        <translation>该文件不是此报告的佐证材料。</translation>
    </message>
</context>
<context>
    <name>cd::RubricDialog</name>
    <message>
        <source>%1 assessment rubric</source>
        <translation>%1年度考评细则</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>考评项目</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Default rubric</source>
        <translation>恢复默认细则(&amp;D)</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>&amp;Excellent from</source>
        <translation>优秀(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Good from</source>
        <translation>良好(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Fair from</source>
        <translation>一般(&amp;F)</translation>
    </message>
    <message>
        <source>Read only: the year is locked, or you may not change the rubric.</source>
        <translation>只读：本年度已锁定，或您无权修改考评细则。</translation>
    </message>
    <message>
        <source>Full marks %1 (%2)</source>
        <translation>满分 %1（%2）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Each item is scored by its rule from what the campaign has recorded; its parameters say how, for example the points taken off for each missing report. An item scored by hand has none. A deduction item (negative cases) has the maximum 0; the most it takes off is a parameter.</source>
        <translation>每个考评项目按其规则根据活动记录自动计分，参数规定计分方法，例如每缺报一次扣几分；人工评分的项目没有参数。扣分项目（反面典型）分值为 0，最多扣分数作为参数设定。</translation>
    </message>
    <message>
        <source>Row %1: %2 has no parameters; leave them empty.</source>
        <translation>第 %1 行：“%2”没有参数，请留空。</translation>
    </message>
    <message>
        <source>Row %1: write each parameter as its name, = and a value, for example %2=5.</source>
        <translation>第 %1 行：每个参数请写成“参数名=数值”，例如 %2=5。</translation>
    </message>
    <message>
        <source>Row %1: %2 has no parameter “%3”; its parameters are: %4.</source>
        <translation>第 %1 行：“%2”没有参数“%3”；它的参数是：%4。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>cd::ScoreDialog</name>
    <message>
        <source>Score — %1</source>
        <translation>评分——%1</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>项目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>得分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back to the rule</source>
        <translation>恢复按规则计分(&amp;B)</translation>
    </message>
    <message>
        <source>Entered by the office, from %1 to %2.</source>
        <translation>由办公室评定，范围 %1 到 %2 分。</translation>
    </message>
    <message>
        <source>%1: the rule gives %2 (%3). Overriding it needs a reason.</source>
        <translation>%1：按规则得 %2 分（%3）。调整须说明理由。</translation>
    </message>
    <message>
        <source>Optional, e.g. the meeting that decided it</source>
        <translation>可选，例如作出决定的会议</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>cd::ServerAccounts</name>
    <message>
        <source>There is no server connection to change logins on.</source>
        <translation>没有可用于修改登录名的服务器连接。</translation>
    </message>
    <message>
        <source>The server does not let %1 manage logins: the administrator&apos;s login needs CREATEROLE (ALTER ROLE %1 CREATEROLE, run by the server&apos;s administrator). Nothing was saved.</source>
        <translation>服务器不允许 %1 管理登录名：管理员的登录名需要 CREATEROLE 权限（由服务器管理员执行 ALTER ROLE %1 CREATEROLE）。未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be a login on a PostgreSQL server (names starting with pg_ are reserved).</source>
        <translation>%1 不能作为 PostgreSQL 服务器的登录名（以 pg_ 开头的名称为保留名称）。</translation>
    </message>
    <message>
        <source>There is no server connection to set a password on.</source>
        <translation>没有可用于设置密码的服务器连接。</translation>
    </message>
    <message>
        <source>The password could not be prepared for the server.</source>
        <translation>无法为服务器生成密码校验值。</translation>
    </message>
    <message>
        <source>%1 is a superuser of the server; a campaign account must be an ordinary login.</source>
        <translation>%1 是服务器的超级用户；活动账户必须是普通登录名。</translation>
    </message>
    <message>
        <source>The login %1 is %2 bytes long; a PostgreSQL server keeps at most 63 bytes of a name. Choose a shorter login.</source>
        <translation>登录名 %1 长 %2 字节，PostgreSQL 服务器的名称最多保留 63 字节。请改用较短的登录名。</translation>
    </message>
    <message>
        <source>A role named %1 already exists on the server and is not an account this campaign made; it is left as it is. Choose another login.</source>
        <translation>服务器上已有名为 %1 的角色，且不是本活动创建的账户；该角色保持原样不变。请改用其他登录名。</translation>
    </message>
</context>
<context>
    <name>cd::ServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Always (encrypted)</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>Always, checking the server&apos;s certificate</source>
        <translation>始终加密，并校验服务器证书</translation>
    </message>
    <message>
        <source>Always, checking the certificate and the server&apos;s name</source>
        <translation>始终加密，并校验证书和服务器名称</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <source>Kept only by the keyring of this computer&apos;s desktop, never in a file of this program.</source>
        <translation>密码只保存在本机桌面的密钥环中，绝不写入本程序的任何文件。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>db.example.gov.cn, or a socket folder such as /run/postgresql; several between commas</source>
        <translation>db.example.gov.cn，或套接字目录如 /run/postgresql；多台服务器用逗号分隔</translation>
    </message>
    <message>
        <source>Whichever answers</source>
        <translation>任一应答的服务器</translation>
    </message>
    <message>
        <source>The primary, wherever it is (to work)</source>
        <translation>主库，无论当前是哪一台（用于办理工作）</translation>
    </message>
    <message>
        <source>A standby when one answers (to read)</source>
        <translation>有备库时连接备库（仅用于查阅）</translation>
    </message>
    <message>
        <source>With several servers (a primary and its standbys, between commas): the primary takes every change and is found again after a failover; a standby only reads, and spares the primary a leader&apos;s dashboards.</source>
        <translation>填写多台服务器（主库及其备库，用逗号分隔）时：所有修改都写入主库，故障切换后自动找到新的主库；备库只能查阅，可为主库分担领导查看工作台的负担。</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>连接到(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>cd::ServiceContext</name>
    <message>
        <source>change the campaign set-up</source>
        <translation>修改活动设置</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <source>see this unit&apos;s reports</source>
        <translation>查看该单位的报告</translation>
    </message>
    <message>
        <source>see other units&apos; reports</source>
        <translation>查看其他单位的报告</translation>
    </message>
    <message>
        <source>write this unit&apos;s plans and reports</source>
        <translation>填报该单位的安排和报告</translation>
    </message>
    <message>
        <source>review reports</source>
        <translation>审核报告</translation>
    </message>
    <message>
        <source>%1 may not %2.</source>
        <translation>%1 无权%2。</translation>
    </message>
    <message>
        <source>supervise units</source>
        <translation>开展督查</translation>
    </message>
    <message>
        <source>answer this unit&apos;s problems</source>
        <translation>答复该单位的问题整改</translation>
    </message>
    <message>
        <source>score the assessment</source>
        <translation>进行考评评分</translation>
    </message>
    <message>
        <source>unlock a locked assessment</source>
        <translation>解除考评锁定</translation>
    </message>
    <message>
        <source>export task packages</source>
        <translation>导出任务包</translation>
    </message>
    <message>
        <source>import report packages</source>
        <translation>导入报送包</translation>
    </message>
    <message>
        <source>create the year&apos;s campaign</source>
        <translation>创建本年度活动</translation>
    </message>
    <message>
        <source>add tasks</source>
        <translation>新增任务</translation>
    </message>
    <message>
        <source>change tasks</source>
        <translation>修改任务</translation>
    </message>
    <message>
        <source>change responsibility lists</source>
        <translation>修改责任清单</translation>
    </message>
    <message>
        <source>remove responsibilities</source>
        <translation>删除责任人</translation>
    </message>
    <message>
        <source>import responsibility lists</source>
        <translation>导入责任清单</translation>
    </message>
    <message>
        <source>Only the campaign office may %1; %2 may not.</source>
        <translation>只有活动领导小组办公室可以%1，%2 无此权限。</translation>
    </message>
    <message>
        <source>add units</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>change or deactivate units</source>
        <translation>修改或停用单位</translation>
    </message>
    <message>
        <source>import units</source>
        <translation>导入单位</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it, so your change was not saved. What you typed is kept: reload to see the change, then apply yours again.</source>
        <translation>在您打开之后，%1 已由 %2 于 %3 修改，因此您的修改没有保存。您输入的内容仍然保留：请重新载入查看对方的修改，然后再次提交您的修改。</translation>
    </message>
    <message>
        <source>run the secretaries&apos; report-and-rating</source>
        <translation>组织述职测评</translation>
    </message>
    <message>
        <source>This session reads a standby of the server, which takes no changes; to %1, connect to the primary (target_session_attrs=read-write).</source>
        <translation>本次会话连接的是服务器的备库，备库不接受任何修改；如需%1，请连接主库（target_session_attrs=read-write）。</translation>
    </message>
    <message>
        <source>arrange units in groups</source>
        <translation>调整单位分组</translation>
    </message>
    <message>
        <source>do the whole campaign&apos;s office work</source>
        <translation>办理全部活动层面的事务</translation>
    </message>
    <message>
        <source>%1 runs %2 of the campaign; that unit is not in it.</source>
        <translation>%1 负责“%2”范围的工作；该单位不在其中。</translation>
    </message>
    <message>
        <source>%1 runs %2 of the campaign; only the campaign office may %3.</source>
        <translation>%1 负责“%2”范围的工作；只有活动领导小组办公室可以%3。</translation>
    </message>
</context>
<context>
    <name>cd::SettingsDialog</name>
    <message>
        <source>Campaign settings</source>
        <translation>活动设置</translation>
    </message>
    <message>
        <source>Dashboard lights</source>
        <translation>工作台信号灯</translation>
    </message>
    <message>
        <source>&amp;Yellow from</source>
        <translation>亮黄灯(&amp;Y)</translation>
    </message>
    <message>
        <source> task(s) behind schedule</source>
        <translation> 项任务滞后起</translation>
    </message>
    <message>
        <source>&amp;Red from</source>
        <translation>亮红灯(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Warn before a deadline</source>
        <translation>截止前预警(&amp;W)</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A pillar is red with an overdue problem line or the latest report missing, yellow with a late report or a deadline within the warning days.</source>
        <translation>有逾期问题或最近一期报告未报的方面亮红灯；报告迟报或截止日期在预警天数以内的亮黄灯。</translation>
    </message>
    <message>
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <source>Whoever reported a fix may also &amp;verify and strike off the line</source>
        <translation>允许报告整改的人员本人核验销号(&amp;V)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>&amp;Largest file</source>
        <translation>单个文件上限(&amp;L)</translation>
    </message>
    <message>
        <source>Only the office and administrators change these.</source>
        <translation>只有领导小组办公室和管理员可以修改这些设置。</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>the leading group&apos;s office</source>
        <translation>领导小组办公室</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>Tele&amp;phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>Seal on printed documents</source>
        <translation>加盖印章的文件</translation>
    </message>
    <message>
        <source>&amp;Bulletins</source>
        <translation>督查通报(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Assessment tables</source>
        <translation>考评表(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;gisters and lists</source>
        <translation>台账和清单(&amp;G)</translation>
    </message>
    <message>
        <source>Sealed: the date four characters in from the right, the office centred over it. Not sealed: the office two characters in, the date on the line below.</source>
        <translation>加盖印章：成文日期右空四字，发文机关署名以成文日期为准居中。不加盖印章：发文机关署名右空二字，成文日期在其下一行、首字比署名首字右移二字。</translation>
    </message>
</context>
<context>
    <name>cd::SettingsService</name>
    <message>
        <source>Yellow needs at least one task behind schedule.</source>
        <translation>亮黄灯至少需要一项任务滞后。</translation>
    </message>
    <message>
        <source>Red needs at least as many tasks behind schedule as yellow (%1).</source>
        <translation>亮红灯的滞后任务数不能少于亮黄灯（%1 项）。</translation>
    </message>
    <message>
        <source>The warning before a deadline must be 0 to %1 days.</source>
        <translation>截止前预警天数须在 0 到 %1 天之间。</translation>
    </message>
    <message>
        <source>The limit per evidence file must be 1 to %1 MB.</source>
        <translation>单个佐证材料上限须在 1 到 %1 MB 之间。</translation>
    </message>
    <message>
        <source>The settings</source>
        <translation>活动设置</translation>
    </message>
    <message>
        <source>The contact&apos;s name has at most %1 characters.</source>
        <translation>联系人姓名最多 %1 个字。</translation>
    </message>
    <message>
        <source>A telephone number has digits, +, -, brackets and spaces, at most 30 of them.</source>
        <translation>联系电话只能由数字、+、-、括号和空格组成，最多 30 个字符。</translation>
    </message>
</context>
<context>
    <name>cd::SheetReader</name>
    <message>
        <source>%1: only .csv and .xlsx files can be imported.</source>
        <translation>%1：只能导入 .csv 和 .xlsx 文件。</translation>
    </message>
</context>
<context>
    <name>cd::Supervision</name>
    <message>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Pending verification</source>
        <translation>待核验</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Admonition talk</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>Public criticism</source>
        <translation>通报批评</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>问责</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>常规督查</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>专项督查</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>随机抽查</translation>
    </message>
</context>
<context>
    <name>cd::SupervisionPage</name>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>督查</translation>
    </message>
    <message>
        <source>Units visited</source>
        <translation>被督查单位</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>典型名称</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Not struck off</source>
        <translation>未销号</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <source>Filter by unit, problem or responsible person</source>
        <translation>按单位、问题或责任人筛选</translation>
    </message>
    <message>
        <source>&amp;New problem…</source>
        <translation>新增问题(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Change state…</source>
        <translation>状态流转(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>升级督办(&amp;E)…</translation>
    </message>
    <message>
        <source>New &amp;inspection…</source>
        <translation>新增督查(&amp;I)…</translation>
    </message>
    <message>
        <source>Finding → &amp;problem line…</source>
        <translation>发现转为问题(&amp;P)…</translation>
    </message>
    <message>
        <source>Units visited by the selected inspection</source>
        <translation>所选督查的被督查单位</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>新增案例(&amp;C)…</translation>
    </message>
    <message>
        <source>Publish / &amp;withdraw</source>
        <translation>发布 / 撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>督查记录</translation>
    </message>
    <message>
        <source>Typical cases</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>先进典型</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>反面典型</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>状态流转</translation>
    </message>
    <message>
        <source>Line %1 is %2. Move it to:</source>
        <translation>问题 %1 当前为“%2”，改为：</translation>
    </message>
    <message>
        <source>Note (what was done, or why):</source>
        <translation>说明（做了什么，或原因）：</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>升级督办</translation>
    </message>
    <message>
        <source>Step of the ladder:</source>
        <translation>督办步骤：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>处理决定：</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>History of line %1</source>
        <translation>问题 %1 的历史记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Line %1 has not been escalated.</source>
        <translation>问题 %1 尚未升级督办。</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>保存通知</translation>
    </message>
    <message>
        <source>notice-%1.pdf</source>
        <translation>督办通知-%1.pdf</translation>
    </message>
    <message>
        <source>Finding → problem line</source>
        <translation>督查发现转为问题</translation>
    </message>
    <message>
        <source>Choose an inspection and a unit visited first.</source>
        <translation>请先选择一次督查和一个被督查单位。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Print the &amp;ledger…</source>
        <translation>打印问题台账(&amp;L)…</translation>
    </message>
    <message>
        <source>No&amp;tice (PDF)…</source>
        <translation>通知（PDF）(&amp;T)…</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>历史记录(&amp;S)…</translation>
    </message>
    <message>
        <source>Allow whoever reported a fix to verify it too, for this campaign file, and strike the line off now?</source>
        <translation>是否在本活动文件中允许报告整改的人员本人核验销号，并立即将此条销号？</translation>
    </message>
    <message>
        <source>&amp;Audit record…</source>
        <translation>操作记录(&amp;A)…</translation>
    </message>
    <message>
        <source>problem line %1</source>
        <translation>第 %1 号问题</translation>
    </message>
</context>
<context>
    <name>cd::SupervisionService</name>
    <message>
        <source>An inspection needs a title.</source>
        <translation>督查须有标题。</translation>
    </message>
    <message>
        <source>An inspection needs a date.</source>
        <translation>督查须有日期。</translation>
    </message>
    <message>
        <source>%1 is not a quarter (write 2020Q2).</source>
        <translation>%1 不是季度（写作 2020Q2）。</translation>
    </message>
    <message>
        <source>A visited unit does not exist.</source>
        <translation>被督查单位不存在。</translation>
    </message>
    <message>
        <source>The inspection visit does not exist.</source>
        <translation>该督查记录不存在。</translation>
    </message>
    <message>
        <source>The unit does not exist.</source>
        <translation>该单位不存在。</translation>
    </message>
    <message>
        <source>A problem needs a description.</source>
        <translation>问题须有描述。</translation>
    </message>
    <message>
        <source>The deadline must not be before the problem was found (%1).</source>
        <translation>整改时限不能早于发现问题的日期（%1）。</translation>
    </message>
    <message>
        <source>There is no problem line %1.</source>
        <translation>没有编号为 %1 的问题。</translation>
    </message>
    <message>
        <source>A line that is %1 cannot become %2.</source>
        <translation>状态为“%1”的问题不能改为“%2”。</translation>
    </message>
    <message>
        <source>Say why the line is reopened.</source>
        <translation>请说明重新打开的原因。</translation>
    </message>
    <message>
        <source>Only an overdue line is escalated; this one is due %1.</source>
        <translation>只有逾期问题才能升级督办，此问题的时限是 %1。</translation>
    </message>
    <message>
        <source>The line has already reached %1; it does not go back to %2.</source>
        <translation>此问题已到“%1”，不能退回“%2”。</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>典型案例须有标题。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有编号为 %1 的案例。</translation>
    </message>
    <message>
        <source>%1 is listed twice; one visit per unit and inspection.</source>
        <translation>%1 重复列出；每次督查每个单位只记一次。</translation>
    </message>
    <message>
        <source>%1 reported this fix and may not also verify it: another member of the office verifies it. An office of one person allows it in File ▸ Campaign settings (“Whoever reported a fix may also verify”).</source>
        <translation>%1 是整改情况的报告人，不能同时核验销号：请由办公室其他人员核验。只有一人的办公室可在“文件 ▸ 活动设置”中勾选“允许报告整改的人员本人核验销号”。</translation>
    </message>
    <message>
        <source>Line %1 was moved on by someone else meanwhile; reload it to see its state.</source>
        <translation>第 %1 号问题已被他人推进到下一步，请重新载入查看其状态。</translation>
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
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>完成时限(&amp;U)</translation>
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
    <name>cd::UnitPage</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation>累计完成</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>自查报告</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>典型名称</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报送记录</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Responsibility list</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Typical cases</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Principal leader %2 · leader in charge %3 · secretary %4 · %5&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;主要负责人 %2 · 分管领导 %3 · 联络员 %4 · %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&apos;color:#b3261e&apos;&gt;%n report(s) missing this year.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:#b3261e&apos;&gt;本年度有 %n 期报告未报送。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% — behind schedule</source>
        <translation>%1% — 进度滞后</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>先进典型</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>反面典型</translation>
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
    <message>
        <source>Row %1: the group path is empty.</source>
        <translation>第 %1 行：分组路径为空。</translation>
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
    <message>
        <source>On time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation>最近一期报送</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>%1 报送情况</translation>
    </message>
</context>
<context>
    <name>cd::UnitWorkspacePage</name>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>提交(&amp;U)…</translation>
    </message>
    <message>
        <source>Summary of the period&apos;s work</source>
        <translation>本期工作总体情况</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>本期工作总体情况</translation>
    </message>
    <message>
        <source>Evidence files (drop files here)</source>
        <translation>佐证材料（可将文件拖放到此处）</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Planned this month</source>
        <translation>本月安排</translation>
    </message>
    <message>
        <source>Submit the &amp;plan</source>
        <translation>提交月度安排(&amp;P)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation>累计完成</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation>自查报告</translation>
    </message>
    <message>
        <source>Monthly plan</source>
        <translation>月度安排</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Add an evidence file</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.wps *.et);;All files (*)</source>
        <translation>文档和图片 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.wps *.et);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a unit and a period.</source>
        <translation>请选择单位和期次。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Returned by the office: %1&lt;/span&gt; Version %2 is being written.</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;办公室退回：%1&lt;/span&gt; 正在填写第 %2 版。</translation>
    </message>
    <message>
        <source>Draft, saved %1. It is saved as you type; submit it when it is complete.</source>
        <translation>草稿，已于 %1 保存。填写时自动保存，完成后请提交。</translation>
    </message>
    <message>
        <source>New report. It is saved as a draft as you type.</source>
        <translation>新报告。填写时自动保存为草稿。</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Problems met</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下步打算</translation>
    </message>
    <message>
        <source>target %1 %2</source>
        <translation>目标 %1 %2</translation>
    </message>
    <message>
        <source>Progress this period</source>
        <translation>本期进展</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>No task is due in this period.</source>
        <translation>本期没有需要报送的任务。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;未保存：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证材料</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) have nothing reported yet. </source>
        <translation>
            <numerusform>有 %n 项任务尚未填写任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Submit the report for %1? After submitting, it can only be changed if the office returns it.</source>
        <translation>提交 %1 的报告？提交后只有在办公室退回时才能修改。</translation>
    </message>
    <message>
        <source>Plans are made for months; choose a month.</source>
        <translation>月度安排按月报送，请选择月份。</translation>
    </message>
    <message>
        <source>Version %1 submitted %2 by %3.</source>
        <translation>第 %1 版，%2 由 %3 报送。</translation>
    </message>
    <message>
        <source>No plan for %1 yet; due %2.</source>
        <translation>%1 尚未报送月度安排，截止 %2。</translation>
    </message>
    <message>
        <source>Write what the unit will do for at least one task.</source>
        <translation>请至少为一项任务填写本月安排。</translation>
    </message>
    <message>
        <source>%p% — behind schedule</source>
        <translation>%p% — 进度滞后</translation>
    </message>
    <message>
        <source>evidence file</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>The file %1 is empty; an empty file proves nothing.</source>
        <translation>文件 %1 为空，空文件不能作为佐证。</translation>
    </message>
    <message>
        <source>What was typed on this computer at %1 and not yet saved in the campaign is back; it is being saved.</source>
        <translation>已恢复 %1 在本机输入但尚未保存到活动中的内容，正在保存。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Not saved on the server: the connection is lost.&lt;/span&gt; What you typed is kept on this computer and sent when the server is back.</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;未能保存到服务器：连接已断开。&lt;/span&gt;已输入的内容保存在本机，服务器恢复后自动发送。</translation>
    </message>
    <message>
        <source>Evidence can be added or removed only while the report is a draft.</source>
        <translation>只有草稿状态的报告才能添加或删除佐证材料。</translation>
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
    <message>
        <source>Hi&amp;story…</source>
        <translation>历史记录(&amp;S)…</translation>
    </message>
    <message>
        <source>Every change to this unit and to its records, from the audit record</source>
        <translation>操作记录中对本单位及其各项记录的每一次改动</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>调整分组(&amp;M)…</translation>
    </message>
    <message>
        <source>Put the unit in a group (分组) of the campaign, or at the top</source>
        <translation>把单位放入活动的某个分组，或移出分组</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>调整分组</translation>
    </message>
    <message>
        <source>The campaign has no groups yet: make one with New group… beside the table first.</source>
        <translation>活动还没有分组：请先用表格旁的“新建分组…”建立。</translation>
    </message>
    <message>
        <source>(at the top, in no group)</source>
        <translation>（不分组）</translation>
    </message>
    <message>
        <source>The group %1 belongs to:</source>
        <translation>%1 所属的分组：</translation>
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
        <source>%1 already exists. Choose another name, or open it with &quot;Open a file&quot;.</source>
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
    <message>
        <source>Nobody signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>A campaign on a server is restored by copying a snapshot file into an empty database (campaigndesk-cli copy).</source>
        <translation>服务器上的活动数据，需将快照文件复制到空数据库来恢复（campaigndesk-cli copy）。</translation>
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
        <source>The workbook&apos;s sheet list is damaged: %1</source>
        <translation>工作簿的工作表目录已损坏：%1</translation>
    </message>
    <message>
        <source>The workbook contains no worksheet.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings are damaged: %1</source>
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
    <message>
        <source>Cell %1 lies beyond column %2; this is not a sheet that can be imported.</source>
        <translation>单元格 %1 超出第 %2 列，不是可以导入的表格。</translation>
    </message>
    <message>
        <source>The sheet has more than %1 cells.</source>
        <translation>工作表的单元格超过 %1 个。</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>工作簿</translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>--as-of wants a date written YYYY-MM-DD.</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期。</translation>
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
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>This file has no accounts yet; leave out --user.</source>
        <translation>此文件尚未设置账户，请去掉 --user。</translation>
    </message>
    <message>
        <source>This file has accounts: sign in with --user LOGIN.</source>
        <translation>此文件已设置账户，请用 --user 用户名 登录。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Only an administrator may write with --as-of.</source>
        <translation>只有管理员可以在写入时使用 --as-of。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1 不是有效的 JSON：%2（第 %3 字节）。</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object.</source>
        <translation>%1 必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>usage: plan submit --unit NAME --month 2020-03 --file FILE.json [--request-key KEY]</source>
        <translation>用法：plan submit --unit 单位名称 --month 2020-03 --file 文件.json [--request-key 请求键]</translation>
    </message>
    <message>
        <source>Unknown task code: %1</source>
        <translation>未知任务编号：%1</translation>
    </message>
    <message>
        <source>The plan has no items.</source>
        <translation>月度安排没有内容。</translation>
    </message>
    <message>
        <source>Plan for %1 submitted.</source>
        <translation>%1 的月度安排已报送。</translation>
    </message>
    <message>
        <source>Unknown status %1 (use not_started, in_progress, done or blocked).</source>
        <translation>未知状态 %1（可用 not_started、in_progress、done、blocked）。</translation>
    </message>
    <message>
        <source>The progress of %1 must be a number.</source>
        <translation>%1 的进展必须是数字。</translation>
    </message>
    <message>
        <source>Report for %1 submitted.</source>
        <translation>%1 的报告已报送。</translation>
    </message>
    <message>
        <source>--status is one of submitted, accepted, returned.</source>
        <translation>--status 可用 submitted、accepted、returned。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>usage: report review --unit NAME --period P (--accept | --return TEXT)</source>
        <translation>用法：report review --unit 单位名称 --period 期次 (--accept | --return 退回原因)</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>已审核通过。</translation>
    </message>
    <message>
        <source>Returned.</source>
        <translation>已退回。</translation>
    </message>
    <message>
        <source>usage: report submit|list|review</source>
        <translation>用法：report submit|list|review</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>自查报告</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>月度安排</translation>
    </message>
    <message>
        <source>Demo written: %1 units, %2 tasks, %3 responsibilities, %4 plans, %5 reports with %6 items in %7 s.</source>
        <translation>演示数据已写入：%1 个单位，%2 项任务，%3 条责任，%4 份月度安排，%5 份报告（%6 个分项），用时 %7 秒。</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>A unit account needs --unit with an existing unit&apos;s name.</source>
        <translation>单位账户需要用 --unit 指定已有单位的名称。</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>账户 %1 已创建。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>usage: users passwd LOGIN</source>
        <translation>用法：users passwd 用户名</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>usage: users disable LOGIN</source>
        <translation>用法：users disable 用户名</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>usage: users add|list|passwd|disable</source>
        <translation>用法：users add|list|passwd|disable</translation>
    </message>
    <message>
        <source>Reports for</source>
        <translation>报送期次</translation>
    </message>
    <message>
        <source>Reports on time / late / missing</source>
        <translation>按时 / 逾期 / 未报送</translation>
    </message>
    <message>
        <source>Tasks behind schedule</source>
        <translation>进度滞后任务</translation>
    </message>
    <message>
        <source>Problems open / overdue / closed</source>
        <translation>问题 未销号 / 逾期 / 已销号</translation>
    </message>
    <message>
        <source>Closing rate</source>
        <translation>销号率</translation>
    </message>
    <message>
        <source>Red / yellow lights</source>
        <translation>红灯 / 黄灯</translation>
    </message>
    <message>
        <source>--%1 wants a date written YYYY-MM-DD.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--pillar is one of general, study, conduct, party, reform.</source>
        <translation>--pillar 可用 general、study、conduct、party、reform。</translation>
    </message>
    <message>
        <source>usage: inspection add --title T --date YYYY-MM-DD [--kind routine|special|spot] [--inspectors TEXT] [--file VISITS.json]</source>
        <translation>用法：inspection add --title 标题 --date YYYY-MM-DD [--kind routine|special|spot] [--inspectors 督查人员] [--file 督查记录.json]</translation>
    </message>
    <message>
        <source>--kind is one of routine, special, spot.</source>
        <translation>--kind 可用 routine、special、spot。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Units visited</source>
        <translation>被督查单位</translation>
    </message>
    <message>
        <source>usage: problem add --unit NAME --pillar P --text TEXT --deadline YYYY-MM-DD [--measure TEXT] [--responsible NAME] [--severity minor|normal|serious] [--source inspection|self_report|complaint|other]</source>
        <translation>用法：problem add --unit 单位名称 --pillar 方面 --text 问题描述 --deadline YYYY-MM-DD [--measure 整改措施] [--responsible 责任人] [--severity minor|normal|serious] [--source inspection|self_report|complaint|other]</translation>
    </message>
    <message>
        <source>Unknown severity or source.</source>
        <translation>未知的严重程度或问题来源。</translation>
    </message>
    <message>
        <source>--status is one of open, rectifying, pending_verification, closed.</source>
        <translation>--status 可用 open、rectifying、pending_verification、closed。</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>usage: problem escalate ID --step reminder|talk|criticism|accountability [--note TEXT]</source>
        <translation>用法：problem escalate 编号 --step reminder|talk|criticism|accountability [--note 决定]</translation>
    </message>
    <message>
        <source>usage: problem transition ID --to open|rectifying|pending_verification|closed [--note TEXT]</source>
        <translation>用法：problem transition 编号 --to open|rectifying|pending_verification|closed [--note 说明]</translation>
    </message>
    <message>
        <source>Escalated.</source>
        <translation>已升级督办。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>usage: case add --unit NAME --pillar P --title T [--text T] [--negative] [--publish] [--date YYYY-MM-DD]</source>
        <translation>用法：case add --unit 单位名称 --pillar 方面 --title 标题 [--text 内容] [--negative] [--publish] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>usage: inspection add|list</source>
        <translation>用法：inspection add|list</translation>
    </message>
    <message>
        <source>usage: problem add|list|transition|escalate</source>
        <translation>用法：problem add|list|transition|escalate</translation>
    </message>
    <message>
        <source>usage: case add|list</source>
        <translation>用法：case add|list</translation>
    </message>
    <message>
        <source>the accepted progress of %1 unit and task pairs does not match the reports</source>
        <translation>%1 个单位任务组合的累计进度与报告不一致</translation>
    </message>
    <message numerus="yes">
        <source>the figures the server keeps rolled up for %n unit(s) do not match their rows</source>
        <translation>
            <numerusform>服务器为 %n 个单位汇总保存的数据与明细记录不一致</numerusform>
        </translation>
    </message>
    <message>
        <source>settings set needs a key and a value.</source>
        <translation>settings set 需要设置项和取值。</translation>
    </message>
    <message>
        <source>%1 is 0 or 1.</source>
        <translation>%1 只能是 0 或 1。</translation>
    </message>
    <message>
        <source>%1 needs a whole number.</source>
        <translation>%1 须为整数。</translation>
    </message>
    <message>
        <source>Unknown setting: %1</source>
        <translation>未知设置项：%1</translation>
    </message>
    <message>
        <source>Unknown settings command: %1</source>
        <translation>未知的 settings 子命令：%1</translation>
    </message>
    <message>
        <source>--year wants a year such as 2020.</source>
        <translation>--year 需要年份，例如 2020。</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>还没有活动。</translation>
    </message>
    <message>
        <source>%1 is not in the assessment.</source>
        <translation>%1 不在考评范围内。</translation>
    </message>
    <message>
        <source>%1 assessment, locked by %2 on %3.</source>
        <translation>%1年度考评，已由 %2 于 %3 锁定。</translation>
    </message>
    <message>
        <source>%1 assessment as of %2 (a preview until it is locked).</source>
        <translation>%1年度考评，截至 %2（锁定前为预览）。</translation>
    </message>
    <message numerus="yes">
        <source>Rubric saved: %n item(s).</source>
        <translation>
            <numerusform>考评细则已保存：%n 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: assess score --unit NAME --item ITEM --value V [--reason TEXT] · assess clear --unit NAME --item ITEM [--reason TEXT]</source>
        <translation>用法：assess score --unit 单位名称 --item 项目 --value 分值 [--reason 理由] · assess clear --unit 单位名称 --item 项目 [--reason 理由]</translation>
    </message>
    <message>
        <source>--value wants a number.</source>
        <translation>--value 需要数字。</translation>
    </message>
    <message>
        <source>The %1 assessment is locked.</source>
        <translation>%1年度考评已锁定。</translation>
    </message>
    <message>
        <source>The %1 assessment is unlocked.</source>
        <translation>%1年度考评已解除锁定。</translation>
    </message>
    <message>
        <source>Unknown assess command: %1</source>
        <translation>未知的 assess 子命令：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>usage: bulletin issue --quarter 2020Q2</source>
        <translation>用法：bulletin issue --quarter 2020Q2</translation>
    </message>
    <message>
        <source>usage: bulletin correct --issue N --reason TEXT</source>
        <translation>用法：bulletin correct --issue 期数 --reason 理由</translation>
    </message>
    <message>
        <source>A corrected draft of %1 is open; issue it with: bulletin issue --quarter %1</source>
        <translation>已建立%1的更正草稿；签发命令：bulletin issue --quarter %1</translation>
    </message>
    <message>
        <source>Unknown bulletin command: %1</source>
        <translation>未知的 bulletin 子命令：%1</translation>
    </message>
    <message>
        <source>--issue wants the bulletin&apos;s number.</source>
        <translation>--issue 需要通报期数。</translation>
    </message>
    <message>
        <source>Bulletin No. %1 is about %2, not %3.</source>
        <translation>第%1期通报是%2的，不是%3的。</translation>
    </message>
    <message>
        <source>%1 task packages written to %2.</source>
        <translation>已向 %2 写出 %1 个任务包。</translation>
    </message>
    <message>
        <source>Written %1 for %2 (%3 report versions, %4 problem lines).</source>
        <translation>已为%2写出 %1（报告版本 %3 个，问题台账 %4 条）。</translation>
    </message>
    <message>
        <source>usage: package import FILE|DIR… [--dry-run] [--format json]</source>
        <translation>用法：package import 文件|文件夹… [--dry-run] [--format json]</translation>
    </message>
    <message>
        <source>No .cdreport files were found there.</source>
        <translation>该处没有找到 .cdreport 文件。</translation>
    </message>
    <message>
        <source>REFUSED %1: %2</source>
        <translation>拒收 %1：%2</translation>
    </message>
    <message>
        <source>%1 no. %2: %3 new reports (%4 already here, %5 kept as reviewed), %6 new plans, %7 answers.</source>
        <translation>%1 第 %2 号：新报告 %3 份（已有 %4 份，保留已审 %5 份），新计划 %6 份，整改答复 %7 条。</translation>
    </message>
    <message>
        <source>Imported %1 packages: %2 reports, %3 plans, %4 answers.</source>
        <translation>已导入 %1 个数据包：报告 %2 份，计划 %3 份，整改答复 %4 条。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>usage: package open FILE --db PATH</source>
        <translation>用法：package open 文件 --db 路径</translation>
    </message>
    <message>
        <source>%1 is ready: the unit&apos;s own file, made from %2.</source>
        <translation>%1 已就绪：由 %2 建立的本单位文件。</translation>
    </message>
    <message>
        <source>usage: package make --out FILE</source>
        <translation>用法：package make --out 文件</translation>
    </message>
    <message>
        <source>usage: package export|import|open|make|list …</source>
        <translation>用法：package export|import|open|make|list …</translation>
    </message>
    <message>
        <source>usage: package export --unit NAME --out FILE [--new-key] · package export --all --out DIR</source>
        <translation>用法：package export --unit 单位名称 --out 文件 [--new-key] · package export --all --out 文件夹</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON 文件</translation>
    </message>
    <message>
        <source>usage: report submit --unit NAME --period 2020-03 --file FILE.json [--evidence-from FOLDER] [--request-key KEY]</source>
        <translation>用法：report submit --unit 单位名称 --period 2020-03 --file 文件.json [--evidence-from 文件夹] [--request-key 请求键]</translation>
    </message>
    <message>
        <source>Each entry of &quot;attachments&quot; must be a file name.</source>
        <translation>“attachments”中的每一项都必须是文件名。</translation>
    </message>
    <message>
        <source>%1 Evidence is read from the report file&apos;s folder, or from a folder named with --evidence-from.</source>
        <translation>%1 佐证材料只从报告文件所在文件夹读取，或从 --evidence-from 指定的文件夹读取。</translation>
    </message>
    <message>
        <source>evidence file</source>
        <translation>佐证材料</translation>
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
        <source>issued</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>先进典型</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>反面典型</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Package no.</source>
        <translation>数据包序号</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>案例标题</translation>
    </message>
    <message>
        <source>--user is for campaign files; on a server you are the database login in the address.</source>
        <translation>--user 只用于活动文件；连接服务器时，您的身份是地址中的数据库登录名。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>usage: copy SOURCE DEST (each a campaign file or a postgresql:// address)</source>
        <translation>用法：copy 源 目标（各为活动文件或 postgresql:// 地址）</translation>
    </message>
    <message>
        <source>SOURCE and DEST are the same.</source>
        <translation>源与目标相同。</translation>
    </message>
    <message>
        <source>Copied %1 to %2; every table verified.</source>
        <translation>已将 %1 复制到 %2；各数据表均已核验。</translation>
    </message>
    <message>
        <source>Accounts copied: %1, each disabled and without its password: on a server people sign in with database logins.</source>
        <translation>已复制账号 %1 个，均已停用且不带密码：在服务器上以数据库登录名登录。</translation>
    </message>
    <message>
        <source>Line %1 has not been escalated.</source>
        <translation>问题 %1 尚未升级督办。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>所选字体</translation>
    </message>
    <message>
        <source>Printed in</source>
        <translation>实际使用</translation>
    </message>
    <message>
        <source>--out writes .pdf, .docx, .odt, .xlsx or .csv.</source>
        <translation>--out 只能写 .pdf、.docx、.odt、.xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>--out writes .pdf, .docx, .odt, .html, .xlsx or .csv.</source>
        <translation>--out 只能写 .pdf、.docx、.odt、.html、.xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>usage: bulletin --quarter 2020Q2 [--issue N] --out FILE.pdf|.docx|.odt|.html|.xlsx</source>
        <translation>用法：bulletin --quarter 2020Q2 [--issue 期数] --out 文件.pdf|.docx|.odt|.html|.xlsx</translation>
    </message>
    <message>
        <source>usage: print notice ID --out FILE.pdf|.docx|.odt|.html</source>
        <translation>用法：print notice 编号 --out 文件.pdf|.docx|.odt|.html</translation>
    </message>
    <message>
        <source>--out writes .pdf, .docx, .odt or .html.</source>
        <translation>--out 只能写 .pdf、.docx、.odt 或 .html 文件。</translation>
    </message>
    <message>
        <source>usage: print ledger|responsibilities|progress [--unit NAME] --out FILE.pdf|.docx|.odt|.html · print notice ID --out FILE · print fonts</source>
        <translation>用法：print ledger|responsibilities|progress [--unit 单位名称] --out 文件.pdf|.docx|.odt|.html · print notice 编号 --out 文件 · print fonts</translation>
    </message>
    <message>
        <source>usage: reminders --period P [--format table|json] [--out FILE.pdf|.docx|.odt] [--per-unit]</source>
        <translation>用法：reminders --period 期次 [--format table|json] [--out 文件.pdf|.docx|.odt] [--per-unit]</translation>
    </message>
    <message>
        <source>--per-unit writes a PDF (a notice to each unit, each numbered on its own).</source>
        <translation>--per-unit 只写 PDF（每个单位一份通知，各自编页码）。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>The audit record is not intact: row %1 does not match the chain (a row was changed, deleted or inserted there).</source>
        <translation>操作记录不完整：第 %1 条与校验链不符（该处有记录被改动、删除或插入）。</translation>
    </message>
    <message>
        <source>No row of the audit record carries the code %1.</source>
        <translation>操作记录中没有校验码为 %1 的记录。</translation>
    </message>
    <message>
        <source>The audit record is intact: %1 rows, code %2.</source>
        <translation>操作记录完整：共 %1 条，记录校验码 %2。</translation>
    </message>
    <message>
        <source>The record up to %1 is intact: %2 rows.</source>
        <translation>截至校验码 %1 的操作记录完整：共 %2 条。</translation>
    </message>
    <message>
        <source>the audit record&apos;s hash chain breaks at row %1 (a row was changed, deleted or inserted there)</source>
        <translation>操作记录的哈希链在第 %1 条断开（该处有记录被改动、删除或插入）</translation>
    </message>
    <message>
        <source>Warning: %1 lies on a network share (%2); a campaign file shared over the network can lose data when two people write it at once. Use a CampaignDesk server to work together.
</source>
        <translation>警告：%1 位于网络共享上（%2）；通过网络共享的活动文件在两人同时写入时可能丢失数据。多人协同请使用 CampaignDesk 服务器。
</translation>
    </message>
    <message>
        <source>&quot;summary&quot; must be text.</source>
        <translation>“summary”必须是文字。</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be a list.</source>
        <translation>“items”必须是列表。</translation>
    </message>
    <message>
        <source>Each entry of &quot;items&quot; must be an object.</source>
        <translation>“items”中的每一项都必须是对象。</translation>
    </message>
    <message>
        <source>usage: audit list [--unit NAME] [--actor LOGIN] [--entity KIND] [--action ACTION] [--since DATE] [--until DATE] [--text TEXT] [--format table|csv|json] [--out FILE.pdf|.docx|.odt] · audit verify [--at CODE]</source>
        <translation>用法：audit list [--unit 单位名称] [--actor 账户] [--entity 记录类别] [--action 操作] [--since 日期] [--until 日期] [--text 文字] [--format table|csv|json] [--out 文件.pdf|.docx|.odt] · audit verify [--at 校验码]</translation>
    </message>
    <message>
        <source>the stored evidence file %1 (SHA-256 %2…) no longer has the bytes it was stored with</source>
        <translation>已存储的佐证材料 %1（SHA-256 %2…）的内容已与存入时不一致</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>a row&apos;s number in the audit record</comment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of an inspection</comment>
        <translation>督查名称</translation>
    </message>
    <message>
        <source>--session wants the session&apos;s number (review list shows them).</source>
        <translation>--session 须为评议会编号（可用 review list 查看）。</translation>
    </message>
    <message>
        <source>Row %1: “%2” is no ballot serial.</source>
        <translation>第 %1 行：“%2”不是测评表编号。</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns: a serial, %3 grades and at most %3 comments are expected.</source>
        <translation>第 %1 行有 %2 列：应为编号、%3 个等次，以及至多 %3 条意见。</translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2 to %3.</source>
        <translation>--%1 须为 %2 至 %3 的整数。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Good rate</source>
        <translation>好评率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>The two clerks&apos; entries differ on ballots %1.</source>
        <translation>两名录入员录入的第 %1 号测评表不一致。</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>--level is first, direct or specific.</source>
        <translation>--level 应为 first、direct 或 specific。</translation>
    </message>
    <message>
        <source>%1 people added from the responsibility lists.</source>
        <translation>已从责任清单带出 %1 人。</translation>
    </message>
    <message>
        <source>usage: review person add|fill|remove|move --session S …</source>
        <translation>用法：review person add|fill|remove|move --session 评议会 …</translation>
    </message>
    <message>
        <source>--weight wants a percentage such as 30.</source>
        <translation>--weight 须为百分数，如 30。</translation>
    </message>
    <message>
        <source>The session has no group named %1.</source>
        <translation>本次评议会没有名为“%1”的测评组。</translation>
    </message>
    <message>
        <source>usage: review group add|set --session S --name N [--weight W] [--ballots K]</source>
        <translation>用法：review group add|set --session 评议会 --name 名称 [--weight 权重] [--ballots 份数]</translation>
    </message>
    <message>
        <source>usage: review ballots --session S --out FILE.pdf</source>
        <translation>用法：review ballots --session 评议会 --out 文件.pdf</translation>
    </message>
    <message>
        <source>Nobody reports at “%1” yet.</source>
        <translation>“%1”尚无述职人。</translation>
    </message>
    <message>
        <source>No ballots are issued yet: give each group its number of ballots.</source>
        <translation>尚未发放测评表：请为每个测评组填写发放份数。</translation>
    </message>
    <message>
        <source>Written %1 ballots to %2.</source>
        <translation>已将 %1 张测评表写入 %2。</translation>
    </message>
    <message>
        <source>An amendment&apos;s file holds the one ballot it corrects.</source>
        <translation>更正文件只应包含要更正的那一张测评表。</translation>
    </message>
    <message>
        <source>The file holds ballot %1, not %2.</source>
        <translation>文件中是第 %1 号测评表，不是第 %2 号。</translation>
    </message>
    <message>
        <source>Ballot %1 amended; the results are published again.</source>
        <translation>第 %1 号测评表已更正，结果已重新公布。</translation>
    </message>
    <message>
        <source>%1 ballots entered by clerk %2.</source>
        <translation>录入员 %2 录入测评表 %1 张。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>测评组</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Serials</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The results of “%1” are published.</source>
        <translation>“%1”的结果已公布。</translation>
    </message>
    <message>
        <source>--person wants the person&apos;s id (review people shows them).</source>
        <translation>--person 须为述职人编号（可用 review people 查看）。</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>There is no comment %1 about this person (review comments lists %2).</source>
        <translation>此人没有第 %1 条意见（review comments 列出 %2 条）。</translation>
    </message>
    <message>
        <source>usage: review feedback --session S [--person ID] --out FILE.pdf|.docx|.odt|.html</source>
        <translation>用法：review feedback --session 评议会 [--person 人员] --out 文件.pdf|.docx|.odt|.html</translation>
    </message>
    <message>
        <source>usage: review results --session S --out FILE.pdf|.docx|.odt|.html</source>
        <translation>用法：review results --session 评议会 --out 文件.pdf|.docx|.odt|.html</translation>
    </message>
    <message>
        <source>Nobody of this session has a result to feed back.</source>
        <translation>本次评议会没有可反馈的测评结果。</translation>
    </message>
    <message>
        <source>Several people&apos;s feedback goes into one PDF; name one person with --person for another format.</source>
        <translation>多人的反馈意见只能写入一个 PDF；如需其他格式，请用 --person 指定一人。</translation>
    </message>
    <message>
        <source>Written %1 feedback notices to %2.</source>
        <translation>已将 %1 份反馈意见写入 %2。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>保存人</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Row %1: “%2” is no person&apos;s place (1 to %3).</source>
        <translation>第 %1 行：“%2”不是述职人的序号（应为 1 至 %3）。</translation>
    </message>
    <message>
        <source>Row %1: the session has no group named %2.</source>
        <translation>第 %1 行：本次评议会没有名为“%2”的测评组。</translation>
    </message>
    <message>
        <source>Row %1: “%2” is no count.</source>
        <translation>第 %1 行：“%2”不是票数。</translation>
    </message>
    <message>
        <source>%1 counts entered.</source>
        <translation>已录入 %1 条计票。</translation>
    </message>
    <message>
        <source>usage: review add|list|person|people|group|groups|ballots|enter|tally|publish|amend|comments|problems|results|feedback|report|reports|totals</source>
        <translation>用法：review add|list|person|people|group|groups|ballots|enter|tally|publish|amend|comments|problems|results|feedback|report|reports|totals</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>没有文件夹 %1。</translation>
    </message>
    <message>
        <source>usage: review report save|submit --person P --file TEXT.txt [--evidence-from FOLDER] · review report accept|return --person P [--comment TEXT]</source>
        <translation>用法：review report save|submit --person 人员 --file 文本.txt [--evidence-from 文件夹] · review report accept|return --person 人员 [--comment 意见]</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <source>Tasks behind</source>
        <translation>滞后任务</translation>
    </message>
    <message>
        <source>Problems open</source>
        <translation>未销号问题</translation>
    </message>
    <message>
        <source>Red lights</source>
        <translation>红灯</translation>
    </message>
    <message>
        <source>Units in all</source>
        <translation>含下级单位数</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>活动办</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>主送</translation>
    </message>
    <message>
        <source>usage: groups add PATH [--kind region|system|other] [--office NAME] [--addressee TEXT] [--short NAME]</source>
        <translation>用法：groups add 路径 [--kind region|system|other] [--office 活动办名称] [--addressee 主送] [--short 简称]</translation>
    </message>
    <message>
        <source>--kind is region, system or other.</source>
        <translation>--kind 取 region（地区）、system（系统）或 other（其他）。</translation>
    </message>
    <message>
        <source>Group %1 is ready.</source>
        <translation>分组“%1”已就绪。</translation>
    </message>
    <message>
        <source>usage: groups move UNIT --to PATH   (--to &quot;&quot; for the top)</source>
        <translation>用法：groups move 单位 --to 路径   （--to &quot;&quot; 表示移出分组）</translation>
    </message>
    <message>
        <source>There is no unit named %1.</source>
        <translation>没有名为“%1”的单位。</translation>
    </message>
    <message>
        <source>%1 is now at the top.</source>
        <translation>%1 已移出分组。</translation>
    </message>
    <message>
        <source>%1 is now in %2.</source>
        <translation>%1 已归入“%2”。</translation>
    </message>
    <message>
        <source>usage: groups list|add|move</source>
        <translation>用法：groups list|add|move</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) to make: %1</source>
        <translation>
            <numerusform>将新建 %n 个分组：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>There is no group %1.</source>
        <translation>没有分组“%1”。</translation>
    </message>
    <message>
        <source>usage: users add LOGIN --role admin|office|unit|viewer [--unit NAME] [--group PATH] [--name DISPLAY]</source>
        <translation>用法：users add 用户名 --role admin|office|unit|viewer [--unit 单位名称] [--group 分组路径] [--name 显示名称]</translation>
    </message>
    <message>
        <source>There is no group %1 (groups list shows them).</source>
        <translation>没有分组 %1（groups list 可列出全部分组）。</translation>
    </message>
    <message>
        <source>usage: bulletin set --quarter 2020Q2 [--copy-to TEXT] [--charts yes|no] [--name-limit N] [--attachment register|xlsx]</source>
        <translation>用法：bulletin set --quarter 2020Q2 [--copy-to 文字] [--charts yes|no] [--name-limit N] [--attachment register|xlsx]</translation>
    </message>
    <message>
        <source>usage: campaigndesk-cli [--db PATH] [--as-of YYYY-MM-DD] COMMAND
  init --year Y [--template sanzhua-yicu]   create the year&apos;s campaign from the template
  units import FILE [--dry-run] [--sheet NAME] [--skip-invalid]   a column 所属分组 (levels between &quot;/&quot;) places each unit in a group
  units list [--format table|csv|json]
  units export FILE.csv|FILE.xlsx
  groups list [--format table|csv|json] · groups add PATH [--kind region|system|other] [--office NAME] [--addressee TEXT]
  groups move UNIT --to PATH                the tree of groups (分组): 地区 and 系统 at any depth
  tasks list [--year Y] [--format table|csv|json]
  resp import FILE [--dry-run] [--sheet NAME] [--skip-invalid]
  resp list [--unit NAME] [--format table|csv|json]
  resp export FILE.csv|FILE.xlsx [--unit NAME]
  check                                     full integrity check, the audit record&apos;s hash chain included
  audit list [--unit NAME] [--actor LOGIN] [--entity KIND] [--action A] [--since DATE] [--until DATE] [--text T] [--format table|csv|json] [--out FILE.pdf|.docx|.odt] · audit verify [--at CODE]
  backup OUT                                consistent copy of the database (of a server: a new campaign file)
  copy SOURCE DEST [--format json]          a whole campaign from a file to an empty server database or
                                            from a server to a new file, verified table by table
  demo --units N --year Y [--seed S]        write a realistic demo campaign
  users add LOGIN --role R [--unit NAME] [--group PATH] · users list · users passwd LOGIN · users disable LOGIN
  plan submit --unit NAME --month 2020-03 --file FILE.json [--request-key KEY]
  report submit --unit NAME --period P --file FILE.json [--evidence-from FOLDER] [--request-key KEY]
  report list [--period P] [--status S] [--unit U] [--format table|csv|json]
  report review --unit NAME --period P (--accept | --return TEXT)
  reminders --period P [--format table|json] [--out FILE.pdf|.docx|.odt [--per-unit]]
  inspection add --title T --date D [--kind K] [--inspectors TEXT] [--file VISITS.json] · inspection list [--quarter Q]
  problem add --unit NAME --pillar P --text TEXT --deadline D · problem list [--status S] [--unit U] [--overdue]
  problem transition ID --to STATE [--note TEXT] · problem escalate ID --step STEP [--note TEXT]
  case add --unit NAME --pillar P --title T [--text T] [--negative] [--publish] · case list [--unit U]
  dashboard [--group PATH] [--format table|json]   the dashboard&apos;s figures and heat map, and one row per group below (honours --as-of)
  settings [--format json] · settings set KEY VALUE   light thresholds, verification rule, evidence limit
  assess [--year Y] [--group PATH] [--format table|csv|json] [--out FILE.pdf|.docx|.odt|.xlsx|.csv [--unit NAME]]   year-end scores (honours --as-of)
  assess groups [--year Y] [--group PATH] [--format table|csv|json]   each group&apos;s average and grades
  assess score --unit NAME --item ITEM --value V [--reason TEXT] · assess clear --unit NAME --item ITEM
  assess lock --year Y · assess unlock --year Y [--reason TEXT] · assess rubric [--file RUBRIC.json]
  bulletin --quarter 2020Q2 [--issue N] [--group PATH] --out FILE.pdf|.docx|.odt|.html|.xlsx   the quarterly bulletin (honours --as-of)
  bulletin issue --quarter 2020Q2 · bulletin list · bulletin correct --issue N --reason TEXT   (each with [--group PATH]: that group&apos;s own)
  bulletin set --quarter 2020Q2 [--copy-to TEXT] [--charts yes|no] [--name-limit N] [--attachment register|xlsx]   the draft&apos;s 抄送 line, figures, 点名 and unit table
  print ledger|responsibilities|progress [--unit NAME] --out FILE.pdf|.docx|.odt|.html · print notice ID --out FILE   registers; a line&apos;s escalation notice
  print fonts [--format table|csv|json]     the font each part of a printed document gets on this computer
  package export --unit NAME --out FILE [--new-key] · package export --all --out DIR   task packages for units without the network
  package import FILE|DIR... [--dry-run] [--format json] · package list [--format table|csv|json]   take in units&apos; report packages
  review add --year Y --date D --title T [--place P] [--format json] · review list [--year Y]   述职测评 sessions
  review person add --session S --unit U --name N --level first|direct|specific · review person fill|remove|move --session S [--id P] [--to N]
  review people --session S [--format table|csv|json] · review groups --session S · review group add|set --session S --name N --weight W --ballots K
  review ballots --session S --out FILE.pdf · review enter --session S --file BALLOTS.csv [--clerk 1|2] [--replace]
  review tally --session S [--format table|csv|json] · review publish --session S · review amend --session S --serial N --file ROW.csv --reason TEXT
  review totals --session S --file COUNTS.csv   counted by hand: person&apos;s place, group, 好, 较好, 一般, 差, invalid per row
  review comments --session S [--person P] · review problems --session S --person P --comment K[,K…] --deadline D   voters&apos; comments, made problem lines
  review results --session S --out FILE.pdf|.docx|.odt|.html · review feedback --session S [--person P] --out FILE   the register, the feedback notices
  review report save|submit --person P --file TEXT.txt [--evidence-from FOLDER] · review report accept|return --person P [--comment TEXT] · review reports --session S   述职报告
  package open FILE --db PATH · package make --out FILE   on a unit&apos;s PC: its own file, and the package it sends back
  global: --user LOGIN (password from CAMPAIGNDESK_PASSWORD or standard input)
  --verbose: what the database engines said, on stderr as well as in the log file
  --db takes a file or postgresql://USER@HOST:PORT/DATABASE (password from PGPASSWORD or CAMPAIGNDESK_PASSWORD, else asked)
</source>
        <translation>用法：campaigndesk-cli [--db 路径] [--as-of YYYY-MM-DD] 命令
  init --year 年度 [--template sanzhua-yicu]   用模板创建本年度活动
  units import 文件 [--dry-run] [--sheet 工作表] [--skip-invalid]   表中“所属分组”一列（各级之间用“/”）把单位放入分组
  units list [--format table|csv|json]
  units export 文件.csv|文件.xlsx
  groups list [--format table|csv|json] · groups add 路径 [--kind region|system|other] [--office 办公室名称] [--addressee 主送]
  groups move 单位 --to 路径                单位分组树：地区、系统，层级不限
  tasks list [--year 年度] [--format table|csv|json]
  resp import 文件 [--dry-run] [--sheet 工作表] [--skip-invalid]
  resp list [--unit 单位名称] [--format table|csv|json]
  resp export 文件.csv|文件.xlsx [--unit 单位名称]
  check                                     全面完整性检查（含操作记录的哈希链）
  audit list [--unit 单位名称] [--actor 账户] [--entity 记录类别] [--action 操作] [--since 日期] [--until 日期] [--text 文字] [--format table|csv|json] [--out 文件.pdf|.docx|.odt] · audit verify [--at 校验码]
  backup 输出文件                             数据库一致性备份（服务器上：写成一个新的活动文件）
  copy 源 目标 [--format json]               把整个活动从文件复制到空的服务器数据库，或从服务器复制到新文件，
                                             复制后逐表核验
  demo --units 单位数 --year 年度 [--seed 种子]  生成演示活动数据
  users add 用户名 --role 角色 [--unit 单位名称] [--group 分组路径] · users list · users passwd 用户名 · users disable 用户名
  plan submit --unit 单位名称 --month 2020-03 --file 文件.json [--request-key 请求键]
  report submit --unit 单位名称 --period 期次 --file 文件.json [--evidence-from 文件夹] [--request-key 请求键]
  report list [--period 期次] [--status 状态] [--unit 单位] [--format table|csv|json]
  report review --unit 单位名称 --period 期次 (--accept | --return 退回原因)
  reminders --period 期次 [--format table|json] [--out 文件.pdf|.docx|.odt [--per-unit]]
  inspection add --title 标题 --date 日期 [--kind 类型] [--inspectors 督查人员] [--file 督查记录.json] · inspection list [--quarter 季度]
  problem add --unit 单位名称 --pillar 方面 --text 问题描述 --deadline 时限 · problem list [--status 状态] [--unit 单位] [--overdue]
  problem transition 编号 --to 状态 [--note 说明] · problem escalate 编号 --step 步骤 [--note 决定]
  case add --unit 单位名称 --pillar 方面 --title 标题 [--text 内容] [--negative] [--publish] · case list [--unit 单位]
  dashboard [--group 路径] [--format table|json]   工作台各项指标和热力图，并逐一列出下一级分组（支持 --as-of）
  settings [--format json] · settings set 键 值   信号灯阈值、核销规则、佐证材料大小上限
  assess [--year 年度] [--group 路径] [--format table|csv|json] [--out 文件.pdf|.docx|.odt|.xlsx|.csv [--unit 单位名称]]   年终考评得分（支持 --as-of）
  assess groups [--year 年度] [--group 路径] [--format table|csv|json]   各分组的平均分和等次分布
  assess score --unit 单位名称 --item 项目 --value 分值 [--reason 理由] · assess clear --unit 单位名称 --item 项目
  assess lock --year 年度 · assess unlock --year 年度 [--reason 理由] · assess rubric [--file 细则.json]
  bulletin --quarter 2020Q2 [--issue 期数] --out 文件.pdf|.docx|.odt|.html|.xlsx   季度督查通报（支持 --as-of）
  bulletin issue --quarter 2020Q2 · bulletin list · bulletin correct --issue 期数 --reason 理由   （均可加 [--group 路径]：该分组自己的通报）
  bulletin set --quarter 2020Q2 [--copy-to 文字] [--charts yes|no] [--name-limit N] [--attachment register|xlsx]   通报草稿的抄送机关、统计图、点名数量和单位情况表
  print ledger|responsibilities|progress [--unit 单位名称] --out 文件.pdf|.docx|.odt|.html · print notice 编号 --out 文件   台账、清单、进度表；问题的督办通知
  print fonts [--format table|csv|json]     本机打印公文时各部分所用的字体
  package export --unit 单位名称 --out 文件 [--new-key] · package export --all --out 文件夹   为不在同一网络的单位导出任务包
  package import 文件|文件夹... [--dry-run] [--format json] · package list [--format table|csv|json]   导入各单位交回的报送包
  review add --year 年度 --date 日期 --title 名称 [--place 地点] [--format json] · review list [--year 年度]   述职评议会
  review person add --session 评议会 --unit 单位 --name 姓名 --level first|direct|specific · review person fill|remove|move --session 评议会 [--id 人员] [--to 位置]
  review people --session 评议会 [--format table|csv|json] · review groups --session 评议会 · review group add|set --session 评议会 --name 名称 --weight 权重 --ballots 份数
  review ballots --session 评议会 --out 文件.pdf · review enter --session 评议会 --file 测评表.csv [--clerk 1|2] [--replace]
  review tally --session 评议会 [--format table|csv|json] · review publish --session 评议会 · review amend --session 评议会 --serial 编号 --file 行.csv --reason 理由
  review totals --session 评议会 --file 计票.csv   手工计票：每行为述职人序号、测评组、好、较好、一般、差、无效票数
  review comments --session 评议会 [--person 人员] · review problems --session 评议会 --person 人员 --comment 序号[,序号…] --deadline 日期   测评意见转为问题
  review results --session 评议会 --out 文件.pdf|.docx|.odt|.html · review feedback --session 评议会 [--person 人员] --out 文件   测评结果汇总表、反馈意见
  review report save|submit --person 人员 --file 文本.txt [--evidence-from 文件夹] · review report accept|return --person 人员 [--comment 意见] · review reports --session 评议会   述职报告
  package open 文件 --db 路径 · package make --out 文件   在单位电脑上：由任务包建立本单位文件，并生成交回的报送包
  全局：--user 用户名（密码取自 CAMPAIGNDESK_PASSWORD 或标准输入）
  --verbose：数据库引擎的原始信息除写入日志文件外，也输出到标准错误
  --db 可为文件，也可为 postgresql://用户@主机:端口/数据库（密码取自 PGPASSWORD 或 CAMPAIGNDESK_PASSWORD，否则询问）
</translation>
    </message>
    <message>
        <source>What this command printed or wrote out was read from the damaged file: do not use it. Restore the latest backup (File ▸ Restore from backup in CampaignDesk).</source>
        <translation>本命令输出或写出的内容读自已损坏的文件，请勿使用。请恢复最近的备份（活动督办台：文件 ▸ 从备份恢复）。</translation>
    </message>
</context>
<context>
    <name>cd::input</name>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>管道（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>not an ordinary file</source>
        <translation>非普通文件</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>The %1 “%2” is %3, not an ordinary file; it was not read.</source>
        <translation>%1“%2”是%3，不是普通文件，未读取。</translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be read: permission denied.</source>
        <translation>%1“%2”无法读取：没有权限。</translation>
    </message>
    <message>
        <source>The %1 “%2” does not exist.</source>
        <translation>%1“%2”不存在。</translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be read: %3</source>
        <translation>%1“%2”无法读取：%3</translation>
    </message>
    <message>
        <source>The %1 “%2” is larger than %3; it was not read.</source>
        <translation>%1“%2”超过 %3，未读取。</translation>
    </message>
    <message>
        <source>The %1 “%2” could not be read: %3</source>
        <translation>%1“%2”读取失败：%3</translation>
    </message>
    <message>
        <source>A file name is empty.</source>
        <translation>文件名为空。</translation>
    </message>
    <message>
        <source>“%1” is outside the folder %2, so it was not read.</source>
        <translation>“%1”不在文件夹 %2 内，未读取。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
</context>
<context>
    <name>cd::keyring</name>
    <message>
        <source>you declined the keyring&apos;s request</source>
        <translation>您拒绝了密钥环的请求</translation>
    </message>
    <message>
        <source>the keyring refused access</source>
        <translation>密钥环拒绝访问</translation>
    </message>
    <message>
        <source>this desktop has no keyring running</source>
        <translation>本机桌面没有运行密钥环</translation>
    </message>
    <message>
        <source>the keyring holds no password for this server</source>
        <translation>密钥环中没有此服务器的密码</translation>
    </message>
    <message>
        <source>the keyring did not answer</source>
        <translation>密钥环没有响应</translation>
    </message>
</context>
<context>
    <name>cd::output</name>
    <message>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>Save the %1</source>
        <translation>保存%1</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Save as Wo&amp;rd document (DOCX, for WPS and Word)…</source>
        <translation>另存为 Word 文档（DOCX，用于 WPS 和 Word）(&amp;R)…</translation>
    </message>
    <message>
        <source>Save as &amp;ODT (LibreOffice)…</source>
        <translation>另存为 ODT 文档（LibreOffice）(&amp;O)…</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;Word 文档 (*.docx);;ODT 文档 (*.odt)</translation>
    </message>
</context>
<context>
    <name>cd::registers</name>
    <message>
        <source>Problem ledger</source>
        <translation>问题整改台账</translation>
    </message>
    <message>
        <source>Responsibility list</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>Monthly progress table</source>
        <translation>月度进度表</translation>
    </message>
</context>
<context>
    <name>cd::sql</name>
    <message>
        <source>The campaign file is busy with another change; nothing was saved. Try again in a moment.</source>
        <translation>活动文件正被另一项修改占用，本次未保存。请稍后再试。</translation>
    </message>
    <message>
        <source>The campaign file is read-only; nothing was saved.</source>
        <translation>活动文件为只读，本次未保存。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满，本次未保存。请清理空间后再试。</translation>
    </message>
    <message>
        <source>The campaign file could not be written (a disk or network error); nothing was saved.</source>
        <translation>活动文件无法写入（磁盘或网络故障），本次未保存。</translation>
    </message>
    <message>
        <source>The change conflicts with data already stored, so nothing was saved. Reload the page and try again.</source>
        <translation>此修改与已保存的数据冲突，本次未保存。请刷新页面后重试。</translation>
    </message>
    <message>
        <source>The database could not complete the change; nothing was saved. The details are in the program&apos;s log.</source>
        <translation>数据库未能完成此修改，本次未保存。详细信息见程序日志。</translation>
    </message>
    <message>
        <source>The campaign file is damaged; nothing was saved. Restore it from a backup (File ▸ Restore from backup).</source>
        <translation>活动文件已损坏，本次未保存。请从备份恢复（文件 ▸ 从备份恢复）。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing of this change was saved. Check the network and try again.</source>
        <translation>与数据库服务器的连接已断开；本次修改未保存任何内容。请检查网络后重试。</translation>
    </message>
    <message>
        <source>The database server refused the change: this login may not make it. Nothing was saved.</source>
        <translation>数据库服务器拒绝了此项修改：当前登录名无权进行。未保存任何内容。</translation>
    </message>
    <message>
        <source>The server was busy with other people&apos;s changes at the same moment; nothing was saved. Try again in a moment.</source>
        <translation>服务器正同时处理其他人的修改，本次未保存任何内容。请稍后再试。</translation>
    </message>
    <message>
        <source>The database could not complete the change; nothing was saved. The details are in the program&apos;s log, %1.</source>
        <translation>数据库未能完成此次修改，未保存任何内容。详细信息见程序日志：%1。</translation>
    </message>
</context>
<context>
    <name>cd::staleedit</name>
    <message>
        <source>Their change: %1
Yours: %2</source>
        <translation>对方的修改：%1
您的修改：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Show theirs</source>
        <translation>查看对方的版本(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>Apply &amp;mine on top of theirs</source>
        <translation>在对方修改的基础上应用我的修改(&amp;M)</translation>
    </message>
    <message>
        <source>You both changed %1: applying yours replaces their value there.</source>
        <translation>你们都修改了%1：采用您的修改将覆盖对方在该处的值。</translation>
    </message>
</context>
</TS>
