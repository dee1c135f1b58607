import { App } from 'aws-cdk-lib';
import { buildPlatformApp } from '../lib/platform-app.ts';

buildPlatformApp(new App());
