/**
 * Builds the Excel add-in task pane (dist/taskpane.html) and the standalone page (dist/standalone.html).
 *
 *   npm run build                          production bundle, office.js from Microsoft's CDN, no certificates needed
 *   npm run build -- --env officejs=local  same, but office.js self-hosted from @microsoft/office-js (tests, offline)
 *   npm run build -- --env publicUrl=https://host/path/   dist/manifest.xml points at the deployed URLs
 *   npm start                              https://localhost:3000 with office-addin-dev-certs, office.js self-hosted
 *
 * Env switches (webpack `--env`): officejs=local|cdn (default: local when serving/development, cdn in production),
 * publicUrl=… (default https://localhost:3000/).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const PORT = 3000;

function sideloadHelp(url) {
  return [
    '',
    '均衡评估 Junheng 开发服务器已启动 / dev server running: ' + url,
    '  任务窗格 Task pane:     ' + url + 'taskpane.html',
    '  独立网页版 Standalone:  ' + url + 'standalone.html',
    '',
    '在 Excel 桌面版中旁加载（Windows / Mac），另开一个终端运行：',
    'Sideload into Excel desktop (Windows / Mac): in a second terminal run',
    '  npm run sideload        (= npx office-addin-debugging start manifest.xml desktop --app excel --dev-server-port 3000)',
    '  停止 / stop: npm run sideload:stop',
    '',
    '在 Excel 网页版中：打开工作簿 → 开始 → 加载项 → 更多设置（或“获取加载项”）→ 我的加载项 → 上传我的加载项 → 选择本目录的 manifest.xml。',
    'Excel on the web: open a workbook → Home → Add-ins → More Settings (or Get Add-ins) → My Add-ins → Upload My Add-in → choose manifest.xml.',
    '',
    '首次使用请信任本机开发证书：npx office-addin-dev-certs install',
    'First time: trust the local development certificate with npx office-addin-dev-certs install',
    '',
  ].join('\n');
}

/**
 * office-addin-dev-certs makes a localhost certificate and installs its CA (it asks for permission). Where it
 * cannot install the CA (e.g. Linux without sudo) the generated files are still used, and the user is told to
 * trust ca.crt by hand.
 */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const fs = require('fs');
    const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
    const file = (name) => path.join(dir, name);
    if (!fs.existsSync(file('localhost.crt'))) throw e;
    console.warn(
      `\n未能自动信任开发证书（${e.message.split('\n')[0]}）。请手动信任 ${file('ca.crt')}。\n` +
        `Could not install the development CA automatically; trust ${file('ca.crt')} by hand.\n`,
    );
    return { ca: fs.readFileSync(file('ca.crt')), cert: fs.readFileSync(file('localhost.crt')), key: fs.readFileSync(file('localhost.key')) };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const officeJsLocal = env.officejs ? env.officejs === 'local' : serving || mode === 'development';
  const publicUrl = String(env.publicUrl || DEV_URL).replace(/\/?$/, '/');

  const copy = [
    { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      // The repository's manifest points at the dev server; a deployment build rewrites the URLs.
      transform: (content) =>
        content
          .toString()
          .split(`<AppDomain>${DEV_URL.slice(0, -1)}</AppDomain>`)
          .join(`<AppDomain>${new URL(publicUrl).origin}</AppDomain>`)
          .split(DEV_URL)
          .join(publicUrl),
    },
  ];
  if (officeJsLocal) {
    copy.push({
      from: path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist'),
      to: 'office-js',
      globOptions: { ignore: ['**/*.debug.js', '**/office-vsdoc.js'] },
    });
  }

  const config = {
    mode,
    devtool: mode === 'development' ? 'eval-cheap-module-source-map' : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      standalone: './src/standalone/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      alias: {
        // exceljs' main entry needs Node built-ins; its browser build bundles what it needs.
        exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js'),
      },
    },
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
                target: 'es2019',
              },
            },
          },
        },
        { test: /\.css$/, type: 'asset/source' },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        officeJs: officeJsLocal ? 'office-js/office.js' : CDN_OFFICE_JS,
      }),
      new HtmlWebpackPlugin({
        filename: 'standalone.html',
        template: './src/standalone/standalone.html',
        chunks: ['standalone'],
      }),
      new CopyWebpackPlugin({ patterns: copy }),
    ],
  };

  if (serving) {
    // Only `npm start` needs certificates; `npm run build` stays offline and certificate-free.
    config.devServer = {
      port: PORT,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await httpsOptions() },
      static: false,
      onListening: () => console.log(sideloadHelp(DEV_URL)),
    };
  }
  return config;
};
