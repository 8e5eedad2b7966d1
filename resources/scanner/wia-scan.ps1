# WIA helper for the kiosk (Windows). Speaks JSON lines on stdout, one object per line:
#   {"type":"device","id":"...","name":"...","vendor":"..."}        (-List)
#   {"type":"progress","page":1,"percent":0}
#   {"type":"page","page":1,"file":"C:\\...\\p001.png"}
#   {"type":"error","problem":"no_scanner|busy|jammed|disconnected|cover_open|no_documents|failed","hresult":"0x80210006"}
#   {"type":"done","pages":3}
# Usage: powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -File wia-scan.ps1 -List
#        ... -File wia-scan.ps1 -Device <id> -OutDir <dir> -Dpi 200 -Mode Gray|Color -Source flatbed|feeder
param(
  [switch]$List,
  [string]$Device,
  [string]$OutDir,
  [int]$Dpi = 200,
  [ValidateSet('Gray', 'Color')][string]$Mode = 'Gray',
  [ValidateSet('flatbed', 'feeder')][string]$Source = 'flatbed'
)
$ErrorActionPreference = 'Stop'
function Emit($object) { [Console]::Out.WriteLine(($object | ConvertTo-Json -Compress)) }

# WIA HRESULTs (wiadef.h) → what the kiosk tells the user.
$problems = @{
  '0x80210006' = 'busy'; '0x80210002' = 'jammed'; '0x80210003' = 'no_documents'
  '0x80210005' = 'disconnected'; '0x80210009' = 'disconnected'; '0x80210016' = 'cover_open'
  '0x80210015' = 'no_scanner'
}
function ProblemOf($err) {
  $code = '0x{0:X8}' -f ($err.Exception.HResult -band 0xFFFFFFFF)
  $problem = $problems[$code]; if (-not $problem) { $problem = 'failed' }
  Emit @{ type = 'error'; problem = $problem; hresult = $code }
}

$manager = New-Object -ComObject WIA.DeviceManager
if ($List) {
  foreach ($info in $manager.DeviceInfos) {
    if ($info.Type -ne 1) { continue } # 1 = ScannerDeviceType
    Emit @{ type = 'device'; id = $info.DeviceID; name = $info.Properties.Item('Name').Value; vendor = $info.Properties.Item('Manufacturer').Value }
  }
  exit 0
}

try {
  $info = $manager.DeviceInfos | Where-Object { $_.DeviceID -eq $Device } | Select-Object -First 1
  if (-not $info) { Emit @{ type = 'error'; problem = 'no_scanner'; hresult = '0x80210015' }; exit 2 }
  $dev = $info.Connect()
  # 3088 = Document Handling Select: 1 feeder, 2 flatbed; 3096 = pages to scan (0 = all in feeder).
  $dev.Properties.Item('3088').Value = $(if ($Source -eq 'feeder') { 1 } else { 2 })
  if ($Source -eq 'feeder') { $dev.Properties.Item('3096').Value = 0 }
  $item = $dev.Items.Item(1)
  $item.Properties.Item('6147').Value = $Dpi # horizontal resolution
  $item.Properties.Item('6148').Value = $Dpi # vertical resolution
  $item.Properties.Item('6146').Value = $(if ($Mode -eq 'Color') { 1 } else { 2 }) # intent: colour / greyscale
  $png = '{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}'
  $page = 0
  do {
    $page++
    Emit @{ type = 'progress'; page = $page; percent = 0 }
    try { $image = $item.Transfer($png) }
    catch {
      $code = '0x{0:X8}' -f ($_.Exception.HResult -band 0xFFFFFFFF)
      # The feeder running dry after at least one page is the normal end of a batch.
      if ($Source -eq 'feeder' -and $page -gt 1 -and $code -eq '0x80210003') { $page--; break }
      throw
    }
    $file = Join-Path $OutDir ('p{0:D3}.png' -f $page)
    $image.SaveFile($file)
    Emit @{ type = 'progress'; page = $page; percent = 100 }
    Emit @{ type = 'page'; page = $page; file = $file }
  } while ($Source -eq 'feeder')
  Emit @{ type = 'done'; pages = $page }
} catch {
  ProblemOf $_
  exit 1
}
